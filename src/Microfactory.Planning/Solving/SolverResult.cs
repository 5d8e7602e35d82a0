using Microfactory.Planning.Model;

namespace Microfactory.Planning.Solving;

/// <summary>The best schedule found and how it was found.</summary>
/// <param name="Schedule">The best schedule (feasible by construction).</param>
/// <param name="Objective">Its objective value (the makespan in ticks when only the makespan is optimised).</param>
/// <param name="TimeToBest">Time from the start of the solve until this schedule was first found.</param>
/// <param name="Iterations">Tabu iterations over all threads.</param>
/// <param name="Thread">The search thread that found it (ties go to the lowest index).</param>
/// <param name="LowerBound">A simple lower bound on the makespan; reaching it proves optimality.</param>
public sealed record SolverResult(Schedule Schedule, long Objective, TimeSpan TimeToBest, long Iterations, int Thread, long LowerBound);
