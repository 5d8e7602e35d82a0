namespace Microfactory.Planning.Bounding;

/// <summary>
/// A set of machines that is some operation's eligible set, with every operation that can run
/// only inside it (its eligible set is a subset of the group): that work cannot go anywhere else.
/// </summary>
internal sealed record MachineGroup(int[] Machines, int[] Operations);
