namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// One operation in a machine's queue as the operator terminal shows it: what it is (order, line, unit, step), its
/// shop-floor state (released, running, paused), where the live plan has it (null times when the plan in force does
/// not hold it yet, e.g. just started elsewhere), and the routing steps of the same unit it still waits for.
/// </summary>
internal sealed record QueueItem(
    string OperationId,
    string OrderId,
    string OrderLabel,
    string LineDescription,
    int Unit,
    int Quantity,
    string StepId,
    string StepLabel,
    string State,
    DateTimeOffset? PlannedStart,
    DateTimeOffset? PlannedEnd,
    bool Late,
    bool Pinned,
    IReadOnlyList<string> WaitsFor)
{
    /// <summary>Running or paused: started and not done.</summary>
    public bool IsActive => State is "running" or "paused";
}
