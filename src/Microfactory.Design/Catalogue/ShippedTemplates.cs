using System.Text;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Catalogue;

/// <summary>
/// The templates shipped with the platform, embedded in this assembly, for the server to seed
/// the catalogue and for the CLI to render by id. They use the demo factory's materials and
/// capabilities.
/// </summary>
public static class ShippedTemplates
{
    private const string Prefix = "Microfactory.Design.Catalogue.";

    /// <summary>Every shipped template, ordered by id.</summary>
    public static IReadOnlyList<ShippedTemplate> All { get; } = Load();

    /// <summary>The shipped template with this id, or null.</summary>
    public static ShippedTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>Parses every shipped template against a catalogue; each result carries its problems if the catalogue lacks a material.</summary>
    public static IReadOnlyList<TemplateParseResult> Parse(IMaterialCatalog materials) =>
        [.. All.Select(t => TemplateDocument.Parse(t.Yaml, materials))];

    private static List<ShippedTemplate> Load()
    {
        var assembly = typeof(ShippedTemplates).Assembly;
        var templates = new List<ShippedTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            templates.Add(new ShippedTemplate(name[Prefix.Length..^".yaml".Length], reader.ReadToEnd()));
        }
        return templates;
    }
}
