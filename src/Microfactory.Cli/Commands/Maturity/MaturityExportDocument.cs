using System.Text.Json;
using Microfactory.Server.Features.Maturity;
using Microfactory.Server.Startup;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// <c>mf maturity export --format json</c>: the assessment, the evidence and the roadmap in the API's own shapes
/// (GET …/maturity/assessments/{id}, GET …/maturity/evidence, POST …/maturity/roadmap), under the model they were
/// scored with, serialised with the API's JSON settings.
/// </summary>
internal sealed record MaturityExportDocument(
    string FactoryId,
    string FactoryName,
    ExportedModel Model,
    AssessmentResponse Assessment,
    EvidenceResponse Evidence,
    RoadmapResponse Roadmap)
{
    private static readonly JsonSerializerOptions Json = CreateOptions();

    public static MaturityExportDocument From(MaturitySnapshot s) =>
        new(s.Factory.Id, s.Factory.Name, new ExportedModel(s.Model.Id, s.Model.Version, s.Model.Title),
            AssessmentResponse.For(s.Model)(s.Assessment!), EvidenceResponse.For(s.Model)(s.Evidence), RoadmapResponse.From(s.Roadmap));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        ServiceRegistration.Configure(options);
        return options;
    }
}

/// <summary>Which model the export was scored with.</summary>
internal sealed record ExportedModel(string Id, string Version, string Title);
