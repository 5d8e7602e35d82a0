namespace Microfactory.Design.Evaluation;

/// <summary>A design, or the problems that prevent one (never both, never neither).</summary>
public sealed record DesignResult(Design? Design, IReadOnlyList<DesignProblem> Problems)
{
    /// <summary>True when <see cref="Design"/> is set.</summary>
    public bool IsSuccess => Design is not null;

    internal static DesignResult Refused(IReadOnlyList<DesignProblem> problems) => new(null, problems);
}
