namespace Microfactory.Copilot.Tools.Data;

/// <summary>A product carbon footprint (a template's estimate or a unit's actual one).</summary>
/// <param name="Id">The footprint id.</param>
/// <param name="Subject">The template id or unit serial it belongs to.</param>
/// <param name="Title">The product's title.</param>
/// <param name="IsActual">True for a produced unit's actual footprint, false for a template's estimate.</param>
/// <param name="KgCo2e">Total per piece.</param>
/// <param name="PrimaryDataShare">Share of primary data, 0–1.</param>
/// <param name="Lines">Every line.</param>
/// <param name="Link">Its page.</param>
public sealed record FootprintSummary(
    string Id, string Subject, string Title, bool IsActual, decimal KgCo2e, decimal PrimaryDataShare, IReadOnlyList<FootprintLine> Lines, string Link)
{
    /// <summary>The footprint as a citation.</summary>
    public Citation Cite() => new("footprint", Id, $"Footprint {Title}", Link);
}
