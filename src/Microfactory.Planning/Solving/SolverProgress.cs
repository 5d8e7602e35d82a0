namespace Microfactory.Planning.Solving;

/// <summary>
/// A new best found after <see cref="Elapsed"/> by search thread <see cref="Thread"/>.
/// <see cref="Objective"/> is the weighted sum (or the first lexicographic term) of the objective.
/// </summary>
public sealed record SolverProgress(double Objective, long MakespanTicks, TimeSpan Elapsed, int Thread);
