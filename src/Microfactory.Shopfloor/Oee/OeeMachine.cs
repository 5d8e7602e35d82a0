using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// One machine to measure: its weekly <paramref name="Shifts"/> (no two may overlap) and the state it was in before its first
/// <see cref="StateChange"/> (<see cref="MachineState.Off"/> unless told otherwise).
/// </summary>
public sealed record OeeMachine(string MachineId, IReadOnlyList<Shift> Shifts, MachineState InitialState = MachineState.Off);
