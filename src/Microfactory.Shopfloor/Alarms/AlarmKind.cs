namespace Microfactory.Shopfloor.Alarms;

/// <summary>What an alarm is about. Wire names are in <see cref="AlarmKinds"/>.</summary>
public enum AlarmKind
{
    /// <summary>A machine is in the <c>down</c> state.</summary>
    MachineDown,

    /// <summary>A started operation has worked longer than its planned duration plus the allowed margin.</summary>
    OperationOverrun,

    /// <summary>A machine's average power over a recent interval is outside the normal band of its current state.</summary>
    EnergyOutOfBand,
}
