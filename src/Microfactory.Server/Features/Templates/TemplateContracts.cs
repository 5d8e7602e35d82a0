using System.Text.Json;
using Microfactory.Core.Validation;
using Microfactory.Design.Templates;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// A catalogue entry: the latest (or a named) version of a template. <c>designer</c> is what the document says;
/// <c>publishedBy</c> is the account that published this version.
/// </summary>
internal sealed record TemplateSummaryResponse(
    string Id, string Version, string Title, string Category, string Designer, string Description, string Licence, DateTimeOffset PublishedAt,
    PublisherResponse PublishedBy)
{
    public static TemplateSummaryResponse From(PublishedTemplate t) =>
        new(t.Id, t.Version.ToString(), t.Metadata.Title, t.Metadata.Category, t.Metadata.Designer, t.Metadata.Description, t.Metadata.Licence, t.PublishedAt,
            PublisherResponse.Of(t));
}

/// <summary>An account that publishes or owns templates: its user id (<c>usr_system</c> for the platform) and display name.</summary>
internal sealed record PublisherResponse(string Id, string DisplayName)
{
    public static PublisherResponse Of(PublishedTemplate t) => new(t.PublishedBy, t.PublisherName);
}

/// <summary>One published version of a template: when and by whom.</summary>
internal sealed record TemplateVersionResponse(string Version, DateTimeOffset PublishedAt, PublisherResponse PublishedBy)
{
    public static TemplateVersionResponse From(PublishedTemplate t) => new(t.Version.ToString(), t.PublishedAt, PublisherResponse.Of(t));
}

/// <summary>
/// A template version with what a client needs to build a configuration form. <c>versions</c> lists every version
/// newest first; <c>history</c> says who published each; <c>owner</c> is who may publish further versions (with admins).
/// </summary>
internal sealed record TemplateDetailResponse(
    TemplateSummaryResponse Template,
    IReadOnlyList<TemplateParameterResponse> Parameters,
    IReadOnlyList<TemplateRuleResponse> Rules,
    IReadOnlyList<TemplateOutputResponse> Geometry,
    IReadOnlyList<string> Versions,
    IReadOnlyList<TemplateVersionResponse> History,
    PublisherResponse? Owner)
{
    public static TemplateDetailResponse From(PublishedTemplate published, Template template, IReadOnlyList<PublishedTemplate> versions, TemplateOwner? owner) =>
        new(TemplateSummaryResponse.From(published),
            [.. template.Parameters.Select(p => new TemplateParameterResponse(p.Name, p.Type.ToString().ToLowerInvariant(), p.Label, p.Unit, p.Min, p.Max, p.Step, p.Default, p.Help, p.Options))],
            [.. template.Rules.Select(r => new TemplateRuleResponse(r.Id, r.Message, r.Parameters))],
            [.. template.Geometry.Select(g => new TemplateOutputResponse(g.File, g.Generator, g.Formats))],
            [.. versions.Select(v => v.Version.ToString())],
            [.. versions.Select(TemplateVersionResponse.From)],
            owner is null ? null : new PublisherResponse(owner.Id, owner.DisplayName));
}

/// <summary>A parameter: numbers are in <c>unit</c>; <c>options</c> lists the choices of a choice parameter.</summary>
internal sealed record TemplateParameterResponse(
    string Name, string Type, string Label, string Unit, double? Min, double? Max, double? Step, string Default, string Help, IReadOnlyList<string> Options);

/// <summary>A rule the values must satisfy, with the message a customer reads when they do not.</summary>
internal sealed record TemplateRuleResponse(string Id, string Message, IReadOnlyList<string> Parameters);

/// <summary>A geometry output: file name without extension, generator and formats.</summary>
internal sealed record TemplateOutputResponse(string File, string Generator, IReadOnlyList<string> Formats);

/// <summary>
/// Parameter values for a design: a text as a customer types it (<c>"120 mm"</c>, <c>"true"</c>, an
/// option), a JSON number taken in the parameter's own unit (<c>120</c> for a length in mm), or
/// <c>true</c>/<c>false</c>; <c>null</c> leaves the parameter at its default.
/// </summary>
internal sealed record DesignInput(IReadOnlyDictionary<string, JsonElement>? Parameters)
{
    /// <summary>The values as texts for the evaluator, or a field error for each value that is no text, number or boolean.</summary>
    public (Dictionary<string, string> Values, List<FieldError> Errors) ToValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        foreach (var (name, value) in Parameters ?? new Dictionary<string, JsonElement>())
        {
            switch (value.ValueKind)
            {
                // A JsonElement skips the string converter that checks every other text, so check it here.
                case JsonValueKind.String when TextRules.Check($"parameters.{name}", value.GetString()) is { } refused:
                    errors.Add(new FieldError($"parameters.{name}", refused));
                    break;
                case JsonValueKind.String:
                    values[name] = value.GetString()!;
                    break;
                case JsonValueKind.Number:
                    values[name] = value.GetRawText();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    values[name] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Add(new FieldError($"parameters.{name}",
                        $"parameters.{name} must be a text such as \"800 mm\", a number in the parameter's unit such as 800, or true/false; {(value.ValueKind == JsonValueKind.Array ? "a list" : "an object")} is not a value."));
                    break;
            }
        }
        return (values, errors);
    }
}

/// <summary>A design plus where to download each of its files for the same parameter values.</summary>
internal sealed record DesignResponse(Design.Evaluation.Design Design, IReadOnlyList<DownloadResponse> Downloads);

/// <summary>A downloadable geometry file.</summary>
internal sealed record DownloadResponse(string FileName, string MediaType, int SizeBytes, string Url);
