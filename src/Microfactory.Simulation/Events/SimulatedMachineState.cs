namespace Microfactory.Simulation.Events;

/// <summary>
/// What a simulated machine is doing. The members and their order match the shop floor's
/// <c>MachineState</c> (<c>off</c>, <c>idle</c>, <c>setup</c>, <c>running</c>, <c>down</c>), so a host maps them by name.
/// </summary>
public enum SimulatedMachineState
{
    /// <summary>Switched off by the host: draws nothing, starts nothing, cannot fail.</summary>
    Off,

    /// <summary>On and waiting (for its next operation, a predecessor or an earliest start); draws idle power.</summary>
    Idle,

    /// <summary>Changing over for the current operation; draws working power.</summary>
    Setup,

    /// <summary>Making parts of the current operation; draws working power.</summary>
    Running,

    /// <summary>Failed and under repair, or held down by the host; draws idle power (controls stay on).</summary>
    Down,
}
