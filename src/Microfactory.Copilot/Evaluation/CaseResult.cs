namespace Microfactory.Copilot.Evaluation;

/// <summary>How one case went.</summary>
/// <param name="Case">The case.</param>
/// <param name="Answer">The answer's text.</param>
/// <param name="Failures">What was wrong (empty when correct).</param>
public sealed record CaseResult(EvaluationCase Case, string Answer, IReadOnlyList<string> Failures)
{
    /// <summary>Whether the answer was correct.</summary>
    public bool Passed => Failures.Count == 0;
}
