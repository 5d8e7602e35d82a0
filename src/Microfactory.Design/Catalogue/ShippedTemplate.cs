namespace Microfactory.Design.Catalogue;

/// <summary>A template that ships with the platform, as YAML text.</summary>
/// <param name="Id">The template id (also the resource file name without ".yaml").</param>
/// <param name="Yaml">The document; parse it with <see cref="Templates.TemplateDocument.Parse"/>.</param>
public sealed record ShippedTemplate(string Id, string Yaml);
