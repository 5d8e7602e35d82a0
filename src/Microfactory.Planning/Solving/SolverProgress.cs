namespace Microfactory.Planning.Solving;

/// <summary>A new best objective value found after <see cref="Elapsed"/>, by search thread <see cref="Thread"/>.</summary>
public sealed record SolverProgress(long Objective, TimeSpan Elapsed, int Thread);
