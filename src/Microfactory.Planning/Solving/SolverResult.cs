using Microfactory.Planning.Bounding;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>The best schedule found and how it was found.</summary>
/// <param name="Schedule">The best schedule (feasible by construction).</param>
/// <param name="Breakdown">All objective terms of that schedule.</param>
/// <param name="TimeToBest">Time from the start of the solve until this schedule was first found.</param>
/// <param name="Iterations">Search iterations over all threads.</param>
/// <param name="Thread">The search thread that found it (ties go to the lowest index).</param>
/// <param name="Bound">A lower bound on the makespan (<see cref="LowerBounds"/>); reaching it proves makespan optimality.</param>
/// <param name="ProvenOptimal">
/// True when the objective is the makespan alone and <see cref="Schedule"/> meets <see cref="Bound"/>:
/// the schedule is optimal and the search stopped there, before its time or iteration limit.
/// </param>
public sealed record SolverResult(Schedule Schedule, ObjectiveBreakdown Breakdown, TimeSpan TimeToBest, long Iterations, int Thread, MakespanBound Bound, bool ProvenOptimal)
{
    /// <summary>The makespan of <see cref="Schedule"/>, in ticks.</summary>
    public long MakespanTicks => Schedule.MakespanTicks;

    /// <summary>The makespan lower bound, in ticks (<see cref="MakespanBound.Ticks"/> of <see cref="Bound"/>).</summary>
    public long LowerBound => Bound.Ticks;
}
