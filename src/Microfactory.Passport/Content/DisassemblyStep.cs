namespace Microfactory.Passport.Content;

/// <summary>One step of taking the product apart, from the design template.</summary>
/// <param name="Instruction">What to do, in the passport's language.</param>
public sealed record DisassemblyStep(string Instruction)
{
    /// <summary>The tool the step needs, for example <c>PH2 screwdriver</c>; optional.</summary>
    public string? Tool { get; init; }

    /// <summary>Names of the parts or materials the step releases; optional.</summary>
    public IReadOnlyList<string> Releases { get; init; } = [];

    /// <summary>Estimated time for the step, in seconds, at least 0; optional.</summary>
    public int? DurationSeconds { get; init; }
}
