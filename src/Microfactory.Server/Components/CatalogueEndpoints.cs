using Microfactory.Design.Evaluation;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Components;

/// <summary>
/// The configure page's downloads and previews for a signed-in browser (cookie): the same files as
/// the API's, for the parameter values in the query string.
/// </summary>
internal static class CatalogueEndpoints
{
    public static WebApplication MapCatalogueEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/catalogue/{id}/{version}").RequireAuthorization().ExcludeFromDescription();
        group.MapGet("/files/{fileName}", (string id, string version, string fileName, HttpRequest request, TemplateService service, CancellationToken ct) =>
            TemplateFiles.DownloadAsync(id, version, fileName, request.Query, service, ct));
        group.MapGet("/design.json", async (string id, string version, HttpRequest request, TemplateService service, CancellationToken ct) =>
        {
            var values = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            var result = await service.DesignAsync(id, version, values, new EvaluationOptions { IncludeGeometry = true }, ct);
            return result.Outcome == ServiceOutcome.Ok
                ? TypedResults.File(DesignJson.Serialize(result.Value!), "application/json", "design.json")
                : ApiResults.Problem(result);
        });
        return app;
    }
}
