using Microfactory.Design.Catalogue;
using Microfactory.Design.Capabilities;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;

namespace Microfactory.Cli.Commands.Template;

/// <summary>Loads a template from a file path or a shipped template id and prints its problems.</summary>
internal static class TemplateSource
{
    /// <summary>Exit code when the document or the parameters are refused.</summary>
    public const int Refused = 2;

    /// <summary>Reads the YAML of a file, or of the shipped template with that id; null after printing why not.</summary>
    public static async Task<(string Yaml, string Name)?> ReadAsync(CliContext context, string fileOrId, bool allowId, CancellationToken cancellationToken)
    {
        if (File.Exists(fileOrId))
        {
            return (await File.ReadAllTextAsync(fileOrId, cancellationToken), fileOrId);
        }
        if (allowId && ShippedTemplates.Find(fileOrId) is { } shipped)
        {
            return (shipped.Yaml, shipped.Id);
        }
        var known = string.Join(", ", ShippedTemplates.All.Select(t => t.Id));
        await context.Error.WriteLineAsync(allowId
            ? $"error: '{fileOrId}' is neither a file nor a shipped template id ({known})"
            : $"error: file '{fileOrId}' not found");
        return null;
    }

    /// <summary>
    /// Parses and validates (with <paramref name="capabilities"/>, everything publishing checks, the defaults
    /// evaluated); prints "name:line:column: path: message" for each problem.
    /// </summary>
    public static async Task<Design.Templates.Template?> ParseAsync(CliContext context, string yaml, string name, IMaterialCatalog materials, CapabilityCatalog? capabilities = null, CancellationToken cancellationToken = default)
    {
        var result = capabilities is null ? TemplateDocument.Parse(yaml, materials) : TemplateDocument.ParseForPublishing(yaml, materials, capabilities, cancellationToken);
        foreach (var problem in result.Problems)
        {
            await context.Error.WriteLineAsync($"{name}:{problem.Line}:{problem.Column}: {(problem.Path.Length > 0 ? problem.Path + ": " : "")}{problem.Message}");
        }
        return result.Template;
    }
}
