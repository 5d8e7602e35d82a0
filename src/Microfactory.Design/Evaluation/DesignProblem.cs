namespace Microfactory.Design.Evaluation;

/// <summary>
/// Why parameter values do not give a design. <see cref="Parameters"/> names the parameter(s)
/// to change (a UI shows the message beside those fields); <see cref="RuleId"/> is set when a
/// template rule failed, and <see cref="Source"/> names the element otherwise (e.g. "bom[1]", "parameter").
/// </summary>
public sealed record DesignProblem(IReadOnlyList<string> Parameters, string Message, string? RuleId, string Source);
