namespace Microfactory.Shopfloor.Machines;

/// <summary>
/// What a machine is doing, as its telemetry or its operator reports it. The wire names are the lower-case member
/// names (<c>off</c>, <c>idle</c>, <c>setup</c>, <c>running</c>, <c>down</c>); <see cref="MachineStates"/> reads and writes them.
/// </summary>
public enum MachineState
{
    /// <summary>Switched off or not reporting: outside planned production time this is not a loss.</summary>
    Off,

    /// <summary>On and able to work, but not working.</summary>
    Idle,

    /// <summary>Being changed over for the next operation (counts against availability in OEE).</summary>
    Setup,

    /// <summary>Producing.</summary>
    Running,

    /// <summary>Broken down or stopped by a fault: the plan moves work off it.</summary>
    Down,
}
