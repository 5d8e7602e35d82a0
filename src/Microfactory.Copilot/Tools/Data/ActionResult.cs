namespace Microfactory.Copilot.Tools.Data;

/// <summary>What a confirmed action did.</summary>
/// <param name="Done">Whether the platform carried it out.</param>
/// <param name="Message">What happened, or why it was refused (for example a downtime over started work).</param>
/// <param name="Record">The record it changed or made.</param>
public sealed record ActionResult(bool Done, string Message, Citation? Record);
