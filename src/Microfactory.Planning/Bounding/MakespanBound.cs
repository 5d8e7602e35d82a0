using Microfactory.Planning.Model;

namespace Microfactory.Planning.Bounding;

/// <summary>
/// A lower bound on the makespan of every feasible schedule of an instance: no schedule ends
/// before <see cref="Ticks"/>, so a schedule that ends there is optimal.
/// </summary>
/// <param name="Ticks">The bound, in ticks (at least 0).</param>
/// <param name="Kind">Which argument gives it (the first of the strongest, in the order of <see cref="BoundKind"/>).</param>
/// <param name="Subject">What it is about: the job index for <see cref="BoundKind.JobPath"/>, otherwise the machine indices.</param>
public sealed record MakespanBound(long Ticks, BoundKind Kind, IReadOnlyList<int> Subject)
{
    /// <summary>One line for people, naming machines as <paramref name="instance"/> does, e.g. "one-machine bound on M3".</summary>
    public string Describe(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Kind switch
        {
            BoundKind.JobPath => $"longest path of job {Subject[0]}",
            BoundKind.TotalWork => "total work over all machines",
            BoundKind.MachineGroup => $"work only {string.Join(", ", Subject.Select(k => instance.Machines[k].Name))} can do",
            BoundKind.OneMachine => $"one-machine bound on {instance.Machines[Subject[0]].Name}",
            _ => "every shorter makespan refuted by constraint propagation",
        };
    }
}
