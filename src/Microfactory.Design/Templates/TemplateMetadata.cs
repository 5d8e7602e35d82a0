namespace Microfactory.Design.Templates;

/// <summary>Who made a template, what it is, and under which licence it may be used.</summary>
/// <param name="Id">Stable id across versions: lowercase letters, digits and '-', 3 to 64 characters.</param>
/// <param name="Version">Semantic version of this document.</param>
/// <param name="Title">Display title.</param>
/// <param name="Designer">Designer or studio name.</param>
/// <param name="Category">Catalogue category, e.g. "enclosures".</param>
/// <param name="Description">What the product is and what it is for.</param>
/// <param name="Licence">Licence of the design, e.g. an SPDX id such as CC-BY-4.0.</param>
public sealed record TemplateMetadata(string Id, TemplateVersion Version, string Title, string Designer, string Category, string Description, string Licence);
