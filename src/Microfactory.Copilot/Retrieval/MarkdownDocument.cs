namespace Microfactory.Copilot.Retrieval;

/// <summary>A Markdown document to index: a machine manual, an SOP, an uploaded note.</summary>
/// <param name="Id">A stable id (the host's document id or file name); adding the same id again replaces the document.</param>
/// <param name="Title">The title used when the document has no top heading.</param>
/// <param name="Link">Where the document opens (sections add <c>#anchor</c>).</param>
/// <param name="Markdown">The text.</param>
public sealed record MarkdownDocument(string Id, string Title, string Link, string Markdown);
