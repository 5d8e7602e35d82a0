using Microfactory.Planning.Model;

namespace Microfactory.Planning.Replanning;

/// <summary>
/// What changed and what must stay. Express the event in <see cref="Instance"/>: a breakdown
/// as an unavailability window on the machine, a rush order as a new job, a late material as
/// a later release of the job.
/// </summary>
/// <param name="Instance">The factory as it is now (it may have more jobs than <see cref="Current"/> covers).</param>
/// <param name="Current">The plan in force; its operations that started before <see cref="NowTick"/> stay exactly as they are.</param>
/// <param name="NowTick">The present: nothing not yet started may start before it.</param>
/// <param name="Pinned">
/// Operations (job, operation) that must keep their machine and times. Pinning an operation
/// also keeps its job predecessors (transitively), since they must finish before it starts.
/// </param>
public sealed record ReplanRequest(Instance Instance, Schedule Current, long NowTick, IReadOnlySet<(int Job, int Operation)> Pinned);
