namespace Microfactory.Planning.Solving;

/// <summary>
/// A new best found after <see cref="Elapsed"/> by search thread <see cref="Thread"/>.
/// <see cref="Objective"/> is the weighted sum (or the first lexicographic term) of the objective.
/// <see cref="ProvenOptimal"/> is true when the objective is the makespan and this schedule
/// meets the lower bound: it is optimal and the search stops. When a stronger bound is computed
/// during the search and meets the best so far, that best is reported once more with the flag.
/// </summary>
public sealed record SolverProgress(double Objective, long MakespanTicks, TimeSpan Elapsed, int Thread, bool ProvenOptimal = false);
