using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Planning.Promising;

/// <summary>
/// The answer to a promise query for one goal: either a <see cref="Plan"/> that completes by
/// the deadline, or the reason there is none. Nothing is reserved in either case.
/// </summary>
public sealed record PromiseQuote
{
    private PromiseQuote(PromiseGoal goal, long deadlineTick, long earliestCompletionTick, PromisePlan? plan, string? reason)
    {
        Goal = goal;
        DeadlineTick = deadlineTick;
        EarliestCompletionTick = earliestCompletionTick;
        Plan = plan;
        Reason = reason;
    }

    /// <summary>What the plan optimises.</summary>
    public PromiseGoal Goal { get; }

    /// <summary>The latest acceptable completion that was asked for.</summary>
    public long DeadlineTick { get; }

    /// <summary>The earliest completion the idle time allows, whatever the deadline (a counter-offer when not available).</summary>
    public long EarliestCompletionTick { get; }

    /// <summary>The placement when <see cref="IsAvailable"/>.</summary>
    public PromisePlan? Plan { get; }

    /// <summary>Why there is no placement, naming the field and the rule, when not <see cref="IsAvailable"/>.</summary>
    public string? Reason { get; }

    /// <summary>True when a placement completes by the deadline.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsAvailable => Plan is not null;

    internal static PromiseQuote Available(PromiseGoal goal, long deadlineTick, long earliestCompletionTick, PromisePlan plan) =>
        new(goal, deadlineTick, earliestCompletionTick, plan, null);

    internal static PromiseQuote NotAvailable(PromiseGoal goal, long deadlineTick, long earliestCompletionTick, string reason) =>
        new(goal, deadlineTick, earliestCompletionTick, null, reason);
}
