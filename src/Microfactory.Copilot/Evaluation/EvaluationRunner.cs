using Microfactory.Copilot.Tools;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Evaluation;

/// <summary>
/// Runs an evaluation set against any <see cref="IChatClient"/>. Facts, absent texts and citation kinds are checked for
/// every engine; intent, slots and kind only where the engine reports them (the offline engine's <see cref="Conversation.CopilotAnswer"/>).
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Runs every case, one after the other, in the set's order.</summary>
    /// <param name="set">The set.</param>
    /// <param name="clientFor">The engine for a user of a role (a fresh conversation per case).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="clock">Times each answer (the host's clock; without it, times are 0).</param>
    /// <returns>The report.</returns>
    public static async Task<EvaluationReport> RunAsync(EvaluationSet set, Func<CopilotRole, IChatClient> clientFor, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(clientFor);
        return await RunAsync(set, async (c, token) =>
        {
            var response = await clientFor(c.Role).GetResponseAsync([.. c.Turns.Select(t => new ChatMessage(ChatRole.User, t))], cancellationToken: token).ConfigureAwait(false);
            return EvaluatedAnswer.From(response);
        }, cancellationToken, null, clock).ConfigureAwait(false);
    }

    /// <summary>Runs every case through any path that answers it (a host's service, an HTTP API), timing each.</summary>
    /// <param name="set">The set.</param>
    /// <param name="ask">Asks a case's turns as a user of its role, in a fresh conversation, and gives the last answer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="progress">Told each case's result as it comes.</param>
    /// <param name="clock">Times each answer (the host's clock; the library reads no clock of its own; without it, times are 0).</param>
    /// <returns>The report.</returns>
    public static async Task<EvaluationReport> RunAsync(
        EvaluationSet set, Func<EvaluationCase, CancellationToken, Task<EvaluatedAnswer>> ask, CancellationToken cancellationToken = default,
        IProgress<CaseResult>? progress = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(ask);
        var results = new List<CaseResult>(set.Cases.Count);
        foreach (var c in set.Cases)
        {
            var started = clock?.GetTimestamp() ?? 0;
            var answer = await ask(c, cancellationToken).ConfigureAwait(false);
            var elapsed = clock?.GetElapsedTime(started).TotalMilliseconds ?? 0;
            var result = new CaseResult(c, answer.Text, Check(c, answer), elapsed);
            results.Add(result);
            progress?.Report(result);
        }
        return new EvaluationReport(set.Name, results);
    }

    /// <summary>What is wrong with an answer to a case (empty when it is right).</summary>
    /// <param name="c">The case.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The failures, each a short sentence.</returns>
    public static IReadOnlyList<string> Check(EvaluationCase c, EvaluatedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(answer);
        var failures = new List<string>();
        var text = answer.Text;
        if (c.Intent is { } intent && answer.Intent is { } actualIntent && !string.Equals(actualIntent, intent, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"intent {actualIntent}, expected {intent}");
        }
        if (c.Kind is { } kind && answer.Kind is { } actualKind && !string.Equals(actualKind, kind, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"kind {actualKind}, expected {kind}");
        }
        if (answer.Slots is { } slots)
        {
            foreach (var (name, value) in c.Slots ?? new Dictionary<string, string>())
            {
                if (!slots.TryGetValue(name, out var actual) || !string.Equals(actual, value, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"slot {name} = {actual ?? "(none)"}, expected {value}");
                }
            }
        }
        foreach (var kindOfRecord in c.Cites ?? [])
        {
            var cited = answer.CitationKinds is { } kinds
                ? kinds.Contains(kindOfRecord, StringComparer.Ordinal)
                : text.Contains(kindOfRecord, StringComparison.OrdinalIgnoreCase);
            if (!cited)
            {
                failures.Add($"no {kindOfRecord} cited");
            }
        }
        failures.AddRange((c.Facts ?? []).Where(f => !text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"missing \"{f}\""));
        failures.AddRange((c.Absent ?? []).Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"contains \"{f}\""));
        return failures;
    }
}
