namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// One machine's OEE today so far and in its shift now (<see cref="Shift"/> null and <see cref="ShiftLabel"/> null when
/// the machine has no shift at this moment; <see cref="ShiftLabel"/> is local start–end, "08:00-20:00").
/// </summary>
internal sealed record FloorMachineOee(string MachineId, FloorRatio Today, FloorRatio? Shift, string? ShiftLabel);
