namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The dashboard's OEE at <paramref name="At"/>: the factory today so far and in its shift now (the shift most of its
/// machines are in; <paramref name="ShiftLabel"/> and <paramref name="ShiftFrom"/> null when none is), each machine's,
/// and why there are none when <paramref name="Problem"/> is set (the OEE service's refusal, in its words).
/// </summary>
internal sealed record FloorOeeFigures(
    DateTimeOffset At,
    FloorRatio Today,
    FloorRatio? Shift,
    string? ShiftLabel,
    DateTimeOffset? ShiftFrom,
    IReadOnlyList<FloorMachineOee> Machines,
    string? Problem);
