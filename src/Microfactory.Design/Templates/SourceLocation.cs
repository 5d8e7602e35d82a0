namespace Microfactory.Design.Templates;

/// <summary>Where an element of a template is written: 1-based line and column, and its path (e.g. <c>bom[1].quantity</c>).</summary>
internal sealed record SourceLocation(int Line, int Column, string Path);
