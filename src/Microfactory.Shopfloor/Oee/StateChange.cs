using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Oee;

/// <summary>Machine <paramref name="MachineId"/> entered <paramref name="State"/> at <paramref name="At"/> and stayed in it until its next change.</summary>
public sealed record StateChange(string MachineId, DateTimeOffset At, MachineState State);
