namespace Microfactory.Copilot.Tools.Data;

/// <summary>A produced unit's digital product passport.</summary>
/// <param name="Serial">The unit's serial.</param>
/// <param name="ShellId">The Asset Administration Shell id.</param>
/// <param name="ProductName">The product.</param>
/// <param name="OrderNumber">The order it was made for.</param>
/// <param name="CompletedAt">When the unit was finished.</param>
/// <param name="KgCo2e">Its actual footprint.</param>
/// <param name="Materials">Its material composition, largest first.</param>
/// <param name="Link">The public passport page.</param>
public sealed record PassportSummary(
    string Serial, string ShellId, string ProductName, string OrderNumber, DateTimeOffset CompletedAt, decimal KgCo2e, IReadOnlyList<string> Materials, string Link)
{
    /// <summary>The passport as a citation.</summary>
    public Citation Cite() => new("passport", Serial, $"Passport {Serial}", Link);
}
