using Microfactory.Copilot.Evaluation;
using Microfactory.Copilot.Tools;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Copilot.Evaluation;

/// <summary>
/// Runs <see cref="DemoPlantSet"/> over the database the copilot answers from, through <see cref="CopilotService"/> — the
/// path of the API and the Ask panel, with whichever engine is configured — as one fresh user of each case's role, and
/// checks each answer against <see cref="PlantFacts"/>. It confirms nothing (the actions it asks for stay proposals) and
/// its questions are not counted as the plant's copilot usage. Like any first read of the plan in a process, it may store
/// a rebuilt plan version when the factory changed since the last one.
/// </summary>
internal sealed class CopilotEvaluation(IServiceProvider services, CopilotService copilot)
{
    // Answer times are real time, whatever the factory's clock.
    private static readonly TimeProvider RealClock = TimeProvider.System;

    /// <summary>The report, or null when there is no factory to ask about.</summary>
    /// <param name="progress">Told after each case.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<(EvaluationReport Report, PlantFacts Facts)?> RunAsync(IProgress<CaseResult>? progress, CancellationToken cancellationToken)
    {
        if (await PlantFacts.ReadAsync(services, cancellationToken) is not { } facts)
        {
            return null;
        }
        var set = DemoPlantSet.Build(facts);
        var report = await EvaluationRunner.RunAsync(set, (c, token) => AskAsync(c, facts, token), cancellationToken, progress, RealClock);
        return (report, facts);
    }

    private async Task<EvaluatedAnswer> AskAsync(EvaluationCase c, PlantFacts facts, CancellationToken cancellationToken)
    {
        // A user per case: its own conversation and question budget, as a person asking in the panel would have.
        var customer = c.Role == CopilotRole.Customer ? c.Customer ?? facts.Customers.FirstOrDefault() ?? "cus_none" : null;
        var caller = new Caller($"usr_evaluation_{c.Id}", Role(c.Role), customer);
        string? conversation = null;
        CopilotMessageResponse? last = null;
        foreach (var turn in c.Turns)
        {
            var answered = await copilot.AskAsync(caller, new CopilotMessageInput(turn, conversation, null), cancellationToken, countUsage: false);
            if (answered.Value is not { } reply)
            {
                return new EvaluatedAnswer($"(refused: {string.Join(" ", answered.Errors.Select(e => e.Message))})", "Refused", []);
            }
            (last, conversation) = (reply, reply.ConversationId);
        }
        return new EvaluatedAnswer(last!.Answer, last.Kind, [.. last.Citations.Select(x => x.Kind)]);
    }

    private static Core.Access.Role Role(CopilotRole role) => role switch
    {
        CopilotRole.Admin => Core.Access.Role.Admin,
        CopilotRole.Planner => Core.Access.Role.Planner,
        CopilotRole.Operator => Core.Access.Role.Operator,
        CopilotRole.Designer => Core.Access.Role.Designer,
        _ => Core.Access.Role.Customer,
    };
}
