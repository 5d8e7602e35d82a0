using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tools;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Evaluation;

/// <summary>
/// Runs an evaluation set against any <see cref="IChatClient"/>. Facts, absent texts and citation kinds are checked for
/// every engine; intent, slots and kind only where the engine reports them (the offline engine's <see cref="CopilotAnswer"/>).
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Runs every case, one after the other, in the set's order.</summary>
    /// <param name="set">The set.</param>
    /// <param name="clientFor">The engine for a user of a role (a fresh conversation per case).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    public static async Task<EvaluationReport> RunAsync(EvaluationSet set, Func<CopilotRole, IChatClient> clientFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(clientFor);
        var results = new List<CaseResult>(set.Cases.Count);
        foreach (var c in set.Cases)
        {
            var client = clientFor(c.Role);
            var response = await client.GetResponseAsync([.. c.Turns.Select(t => new ChatMessage(ChatRole.User, t))], cancellationToken: cancellationToken).ConfigureAwait(false);
            results.Add(new CaseResult(c, response.Text, Check(c, response)));
        }
        return new EvaluationReport(set.Name, results);
    }

    /// <summary>What is wrong with a response to a case.</summary>
    internal static IReadOnlyList<string> Check(EvaluationCase c, ChatResponse response)
    {
        var failures = new List<string>();
        var text = response.Text;
        var answer = response.RawRepresentation as CopilotAnswer;
        if (answer is not null)
        {
            if (c.Intent is { } intent && !string.Equals(answer.Question.Intent.ToString(), intent, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"intent {answer.Question.Intent}, expected {intent}");
            }
            if (c.Kind is { } kind && !string.Equals(answer.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"kind {answer.Kind}, expected {kind}");
            }
            var slots = answer.Question.Slots.ToDictionary();
            foreach (var (name, value) in c.Slots ?? new Dictionary<string, string>())
            {
                if (!slots.TryGetValue(name, out var actual) || !string.Equals(actual, value, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"slot {name} = {actual ?? "(none)"}, expected {value}");
                }
            }
            foreach (var kindOfRecord in c.Cites ?? [])
            {
                if (!answer.Citations.Any(x => x.Kind == kindOfRecord))
                {
                    failures.Add($"no {kindOfRecord} cited");
                }
            }
        }
        else
        {
            foreach (var kindOfRecord in c.Cites ?? [])
            {
                if (!text.Contains(kindOfRecord, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"no {kindOfRecord} cited");
                }
            }
        }
        failures.AddRange((c.Facts ?? []).Where(f => !text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"missing \"{f}\""));
        failures.AddRange((c.Absent ?? []).Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"contains \"{f}\""));
        return failures;
    }
}
