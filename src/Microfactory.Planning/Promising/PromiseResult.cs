using Microfactory.Planning.Model;

namespace Microfactory.Planning.Promising;

/// <summary>The earliest completion of a new job fitted around committed work.</summary>
/// <param name="CompletionTick">When the job's last operation would end.</param>
/// <param name="Assignments">Where its operations would run; the job index is the instance's job count (the next index).</param>
public sealed record PromiseResult(long CompletionTick, IReadOnlyList<Assignment> Assignments);
