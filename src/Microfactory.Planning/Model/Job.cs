namespace Microfactory.Planning.Model;

/// <summary>
/// A job (an order unit or order line): operations that run in the order given (a chain).
/// </summary>
/// <param name="Operations">The chain, at least one operation.</param>
/// <param name="ReleaseTick">The first operation starts no earlier than this tick.</param>
/// <param name="DueTick">Completion after this tick counts as tardiness; null means no due date.</param>
/// <param name="Weight">Weight of this job's tardiness, at least 0.</param>
public sealed record Job(IReadOnlyList<Operation> Operations, long ReleaseTick = 0, long? DueTick = null, double Weight = 1);
