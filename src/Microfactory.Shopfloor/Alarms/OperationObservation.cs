using Microfactory.Shopfloor.Execution;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// One operation on machine <paramref name="MachineId"/>: its <paramref name="State"/>, when it actually started (required once
/// running or paused), how long it was planned to work (seconds, more than 0) and its pauses. A paused operation has exactly
/// one open pause (the last); a running one has none.
/// </summary>
public sealed record OperationObservation(
    string OperationId,
    string MachineId,
    OperationState State,
    DateTimeOffset? ActualStart,
    double PlannedDurationSeconds,
    IReadOnlyList<OperationPause> Pauses);
