namespace Microfactory.Planning.Solving;

/// <summary>
/// A neighbourhood move: take <see cref="Op"/> out of its machine sequence and insert it into
/// <see cref="Machine"/>'s sequence so that it ends at index <see cref="Position"/>. When the
/// machine is its current one this is a block move (a swap when it moves by one place).
/// <see cref="Estimate"/> is the approximate makespan after the move.
/// </summary>
internal readonly record struct Move(int Op, int Machine, int Position, long Estimate);
