using System.Security.Claims;
using System.Text;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// /api/v1/templates: every signed-in user browses the catalogue and makes designs; designers and
/// admins publish new templates and versions (the YAML document as the request body).
/// </summary>
internal static class TemplateApi
{
    public static RouteGroupBuilder MapTemplateApi(this RouteGroupBuilder api)
    {
        api.MapTemplateOwnerApi();
        var group = api.MapGroup("/templates").WithTags("Templates");
        group.MapGet("/", (int? page, int? pageSize, TemplateService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), TemplateSummaryResponse.From))
            .WithSummary("List templates")
            .WithDescription("The latest version of each template, a page at a time.")
            .ProducesPage<TemplateSummaryResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("ListTemplates");
        group.MapGet("/{id}", (string id, TemplateService service, CancellationToken ct) => DetailAsync(id, null, service, ct))
            .WithSummary("Get a template")
            .WithDescription("The latest version with its parameters, rules, geometry outputs and every published version. 409 when the material catalogue no longer fits the template.")
            .ProducesOne<TemplateDetailResponse>().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplate");
        group.MapGet("/{id}/versions/{version}", (string id, string version, TemplateService service, CancellationToken ct) => DetailAsync(id, version, service, ct))
            .WithSummary("Get a template version")
            .WithDescription("version is MAJOR.MINOR.PATCH or latest. 409 when the material catalogue no longer fits the template.")
            .ProducesOne<TemplateDetailResponse>().ProducesInvalid().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplateVersion");
        group.MapGet("/{id}/versions/{version}/source", async (string id, string version, TemplateService service, CancellationToken ct) =>
            {
                var found = await service.GetAsync(id, version, ct);
                return found.Outcome == ServiceOutcome.Ok
                    ? Results.Text(found.Value.Published.Source, "application/yaml", Encoding.UTF8)
                    : ApiResults.Problem(found);
            })
            .WithSummary("Get a template version's YAML source")
            .WithDescription("The document as it was published; version is MAJOR.MINOR.PATCH or latest.")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml").ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplateSource");
        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, TemplateService service, CancellationToken ct) =>
            {
                var source = await ReadSourceAsync(request, ct);
                return (await service.PublishAsync(user.ToCaller(), source, ct)).ToHttp(
                    TemplateSummaryResponse.From, t => $"/api/v1/templates/{t.Id}/versions/{t.Version}");
            })
            .WithDescription("Publishes a template version. The body is the YAML document (send it as application/yaml, text/yaml or text/plain). It is checked against the platform's materials and capabilities and evaluated with its defaults; a 400 lists every problem, keyed by path, each with line and column.")
            .WithSummary("Publish a template version")
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .ProducesCreated<TemplateSummaryResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Designing).WithName("PublishTemplate");
        group.MapPost("/{id}/versions/{version}/designs", async (string id, string version, DesignInput input, TemplateService service, CancellationToken ct) =>
            {
                var (values, errors) = input.ToValues();
                if (errors.Count > 0)
                {
                    return ApiResults.Validation(errors);
                }
                var result = await service.DesignAsync(id, version, values, new EvaluationOptions { IncludeGeometry = true }, ct);
                return result.ToHttp(design => new DesignResponse(design, [.. design.Files.Select(f => new DownloadResponse(
                    f.FileName, f.MediaType, f.SizeBytes, DownloadUrl(id, design.TemplateVersion, f.FileName, values)))]));
            })
            .WithDescription("Evaluates a template version. Parameter values are texts as typed (\"800 mm\", \"true\", an option), numbers in the parameter's unit (800) or booleans; money in the design is in its 'currency'.")
            .WithSummary("Make a design")
            .Produces<DesignResponse>().ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("CreateDesign");
        group.MapGet("/{id}/versions/{version}/files/{fileName}", (string id, string version, string fileName, HttpRequest request, TemplateService service, CancellationToken ct) =>
                TemplateFiles.DownloadAsync(id, version, fileName, request.Query, service, ct))
            .WithSummary("Download a geometry file of a design")
            .WithDescription("The same parameter values as the design, in the query string (as in the download URLs of POST .../designs); the same values always give the same bytes.")
            .WithFreeFormQuery("parameters", "Parameter values, one query parameter per template parameter, e.g. length=800%20mm.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/svg+xml", "image/vnd.dxf", "model/stl").ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("DownloadDesignFile");
        return api;
    }

    public static string DownloadUrl(string id, string version, string fileName, IReadOnlyDictionary<string, string> values) =>
        $"/api/v1/templates/{Uri.EscapeDataString(id)}/versions/{version}/files/{Uri.EscapeDataString(fileName)}" + TemplateFiles.Query(values);

    /// <summary>
    /// The request body as text, read no further than one character past what publishing accepts, so an
    /// oversized body is refused (by the service, naming the limit) without being held in memory whole.
    /// </summary>
    private static async Task<string> ReadSourceAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[TemplateService.MaxSourceLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        return new string(buffer, 0, length);
    }

    private static async Task<IResult> DetailAsync(string id, string? version, TemplateService service, CancellationToken ct)
    {
        var found = await service.GetAsync(id, version, ct);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return ApiResults.Problem(found);
        }
        var (published, template) = found.Value;
        return TypedResults.Ok(TemplateDetailResponse.From(published, template, await service.VersionsAsync(id, ct), await service.OwnerAsync(id, ct)));
    }
}
