namespace Microfactory.Planning.Solving;

/// <summary>
/// A neighbourhood move. A swap exchanges <see cref="Op"/> with its machine successor
/// <see cref="Other"/>; a reassignment moves <see cref="Op"/> to <see cref="Machine"/> at
/// <see cref="Position"/>. <see cref="Estimate"/> is the approximate makespan after the move.
/// </summary>
internal readonly record struct Move(bool IsSwap, int Op, int Other, int Machine, int Position, long Estimate);
