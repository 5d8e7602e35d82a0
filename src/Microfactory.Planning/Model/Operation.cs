namespace Microfactory.Planning.Model;

/// <summary>One step of a job; it runs on exactly one of its <see cref="Options"/>, without interruption.</summary>
/// <param name="Options">Eligible machines with their durations; at least one, each machine at most once.</param>
/// <param name="Predecessors">
/// Indices of operations of the same job that must end before this one starts, each smaller
/// than this operation's own index (so the job's list order is a topological order). Null
/// means the previous operation, if any: a chain. Several predecessors model assembly.
/// </param>
public sealed record Operation(IReadOnlyList<MachineOption> Options, IReadOnlyList<int>? Predecessors = null)
{
    /// <summary>The predecessors of the operation at <paramref name="index"/>, resolving the chain default.</summary>
    public IReadOnlyList<int> PredecessorsAt(int index) => Predecessors ?? (index == 0 ? [] : [index - 1]);
}
