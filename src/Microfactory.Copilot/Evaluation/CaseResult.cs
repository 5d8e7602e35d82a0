namespace Microfactory.Copilot.Evaluation;

/// <summary>How one case went.</summary>
/// <param name="Case">The case.</param>
/// <param name="Answer">The answer's text.</param>
/// <param name="Failures">What was wrong (empty when correct).</param>
/// <param name="Milliseconds">How long the answer took, from asking to the whole answer.</param>
public sealed record CaseResult(EvaluationCase Case, string Answer, IReadOnlyList<string> Failures, double Milliseconds = 0)
{
    /// <summary>Whether the answer was correct.</summary>
    public bool Passed => Failures.Count == 0;
}
