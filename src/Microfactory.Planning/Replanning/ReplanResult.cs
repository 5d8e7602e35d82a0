using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Replanning;

/// <summary>A replanned schedule for the whole instance.</summary>
/// <param name="Schedule">Frozen operations as they were, the rest replanned.</param>
/// <param name="Breakdown">Objective terms of <see cref="Schedule"/>, stability measured against the plan before.</param>
/// <param name="FrozenOperations">How many operations stayed because they had started or were pinned.</param>
public sealed record ReplanResult(Schedule Schedule, ObjectiveBreakdown Breakdown, int FrozenOperations);
