namespace Microfactory.Copilot.Tools.Data;

/// <summary>A document section found by a search.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="DocumentTitle">The document's title.</param>
/// <param name="SectionId">The section's anchor within the document.</param>
/// <param name="Heading">The section's heading path ("Laser manual › Alarms › Nozzle").</param>
/// <param name="Text">The section's text.</param>
/// <param name="Score">The ranking score (BM25), higher first.</param>
/// <param name="Link">The document's link with the section's anchor.</param>
public sealed record DocumentHit(string DocumentId, string DocumentTitle, string SectionId, string Heading, string Text, double Score, string Link)
{
    /// <summary>The section as a citation.</summary>
    public Citation Cite() => new("document-section", $"{DocumentId}#{SectionId}", Heading, Link);
}
