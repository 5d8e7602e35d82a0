namespace Microfactory.Copilot.Tools;

/// <summary>The result of one tool call.</summary>
/// <param name="Status">How the call ended.</param>
/// <param name="Data">The tool's typed result when <see cref="ToolStatus.Ok"/> or <see cref="ToolStatus.Done"/>.</param>
/// <param name="Citations">The records the data comes from.</param>
/// <param name="Proposal">The action waiting for confirmation when <see cref="ToolStatus.Proposed"/>.</param>
/// <param name="Message">Why the call did not answer (invalid field, refused action), in English.</param>
public sealed record ToolOutcome(ToolStatus Status, object? Data, IReadOnlyList<Citation> Citations, ActionProposal? Proposal = null, string? Message = null)
{
    /// <summary>Data with the records it comes from.</summary>
    /// <param name="data">The tool's result.</param>
    /// <param name="citations">The records.</param>
    /// <returns>An outcome with <see cref="ToolStatus.Ok"/>.</returns>
    public static ToolOutcome Ok(object data, IReadOnlyList<Citation> citations) => new(ToolStatus.Ok, data, citations);

    /// <summary>Nothing found (or nothing the user may see).</summary>
    public static ToolOutcome NotFound { get; } = new(ToolStatus.NotFound, null, []);
}
