namespace Microfactory.Copilot.Tools.Data;

/// <summary>The live plan's current version.</summary>
/// <param name="VersionId">The plan version id.</param>
/// <param name="Number">The version number.</param>
/// <param name="MadeAt">When it was made.</param>
/// <param name="Reason">Why it was made, in words.</param>
/// <param name="OpenOrders">How many orders it plans.</param>
/// <param name="LateOrders">How many of them it finishes late.</param>
/// <param name="Kpis">Its key figures.</param>
/// <param name="Link">The plan page.</param>
public sealed record PlanSnapshot(string VersionId, int Number, DateTimeOffset MadeAt, string Reason, int OpenOrders, int LateOrders, PlanKpis Kpis, string Link)
{
    /// <summary>The version as a citation.</summary>
    public Citation Cite() => new("plan-version", VersionId, $"Plan version {Number}", Link);
}
