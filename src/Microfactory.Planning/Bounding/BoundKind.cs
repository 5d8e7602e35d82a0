namespace Microfactory.Planning.Bounding;

/// <summary>The argument behind a makespan lower bound (see <see cref="MakespanBound"/>).</summary>
public enum BoundKind
{
    /// <summary>A job's longest chain of operations, each at its shortest duration, after its release.</summary>
    JobPath,

    /// <summary>All work at its shortest duration, spread evenly over every machine.</summary>
    TotalWork,

    /// <summary>
    /// The work that only a group of machines can do, spread evenly over the group, between the
    /// earliest possible start (head) and the shortest remaining work (tail) of that work.
    /// </summary>
    MachineGroup,

    /// <summary>
    /// The operations that only one machine can do, sequenced on it with their heads and tails
    /// (the preemptive one-machine bound, computed with Jackson's rule).
    /// </summary>
    OneMachine,

    /// <summary>
    /// Every shorter makespan is refuted by constraint propagation: heads and tails through the
    /// jobs, machine options that cannot fit, and edge finding on each machine's operations.
    /// </summary>
    Propagation,
}
