namespace Microfactory.Copilot.Retrieval;

/// <summary>One heading of a document and the text under it, up to the next heading.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="DocumentTitle">The document's title (its first level-1 heading, or the given title).</param>
/// <param name="Anchor">The section's anchor (GitHub style: lower case, spaces to hyphens, repeats numbered).</param>
/// <param name="Heading">The heading path, outermost first, joined by " › ".</param>
/// <param name="Text">The text under the heading (without the heading line).</param>
/// <param name="Link">The document's link with the anchor.</param>
public sealed record DocumentSection(string DocumentId, string DocumentTitle, string Anchor, string Heading, string Text, string Link);
