using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// One machine to measure: its weekly <paramref name="Shifts"/> (no two may overlap) and the state it was in before its first
/// <see cref="StateChange"/> (<see cref="MachineState.Off"/> unless told otherwise). <paramref name="ReportingSince"/> is when
/// its state first became known, for a machine that had never reported before the window: planned time before it is not
/// counted (nothing is known of it, so it is no loss and no gain); null when its state is known throughout.
/// </summary>
public sealed record OeeMachine(string MachineId, IReadOnlyList<Shift> Shifts, MachineState InitialState = MachineState.Off, DateTimeOffset? ReportingSince = null);
