namespace Microfactory.Copilot.Tools.Data;

/// <summary>A published catalogue template.</summary>
/// <param name="Id">The template id (<c>wall-shelf</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="Version">The latest published version.</param>
/// <param name="Description">What it is.</param>
/// <param name="Link">Its catalogue page.</param>
public sealed record TemplateSummary(string Id, string Title, int Version, string Description, string Link)
{
    /// <summary>The template as a citation.</summary>
    public Citation Cite() => new("template", Id, Title, Link);
}
