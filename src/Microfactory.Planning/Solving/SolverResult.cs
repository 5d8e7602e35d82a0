using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>The best schedule found and how it was found.</summary>
/// <param name="Schedule">The best schedule (feasible by construction).</param>
/// <param name="Breakdown">All objective terms of that schedule.</param>
/// <param name="TimeToBest">Time from the start of the solve until this schedule was first found.</param>
/// <param name="Iterations">Search iterations over all threads.</param>
/// <param name="Thread">The search thread that found it (ties go to the lowest index).</param>
/// <param name="LowerBound">A simple lower bound on the makespan; reaching it proves makespan optimality.</param>
public sealed record SolverResult(Schedule Schedule, ObjectiveBreakdown Breakdown, TimeSpan TimeToBest, long Iterations, int Thread, long LowerBound)
{
    /// <summary>The makespan of <see cref="Schedule"/>, in ticks.</summary>
    public long MakespanTicks => Schedule.MakespanTicks;
}
