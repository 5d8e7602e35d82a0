using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Maturity;

/// <summary>/api/v1/factories/{id}/maturity: every staff user reads; admins and planners assess. Customers are refused.</summary>
internal static class MaturityApi
{
    public static RouteGroupBuilder MapMaturityApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factories/{id}/maturity").WithTags("Maturity");
        group.MapGet("/model", async (string id, MaturityService service, CancellationToken ct) =>
                await service.MissingFactoryAsync(id, ct) is { } missing
                    ? ApiResults.Problem(ServiceResult<object>.NotFound(missing))
                    : TypedResults.Ok(MaturityModelResponse.From(service.Model)))
            .WithSummary("Get the maturity model")
            .WithDescription("The Microfactory Maturity Model the platform runs with: groups, dimensions with levels 0–5 (what a factory at each level does, the platform page or planned capability that gets it there), the figures that measure each dimension and the target profiles.")
            .ProducesOne<MaturityModelResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMaturityModel");
        group.MapGet("/assessments", async (string id, int? page, int? pageSize, MaturityService service, CancellationToken ct) =>
            {
                var request = PageRequest.From(page, pageSize);
                if (request.Outcome != ServiceOutcome.Ok)
                {
                    return ApiResults.Problem(request);
                }
                var result = await service.ListAsync(id, request.Value!, ct);
                return result.Outcome != ServiceOutcome.Ok
                    ? ApiResults.Problem(result)
                    : TypedResults.Ok(new PagedResponse<AssessmentResponse>([.. result.Value!.Items.Select(AssessmentResponse.For(service.Model))], result.Value.Page, result.Value.PageSize, result.Value.Total));
            })
            .WithSummary("List maturity assessments")
            .WithDescription("The factory's assessments, newest first: kept, never overwritten, so the list is the history.")
            .ProducesPage<AssessmentResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.Staff).WithName("ListMaturityAssessments");
        group.MapGet("/assessments/{assessmentId}", async (string id, string assessmentId, MaturityService service, CancellationToken ct) =>
                (await service.GetAsync(id, assessmentId, ct)).ToHttp(AssessmentResponse.For(service.Model)))
            .WithSummary("Get a maturity assessment")
            .WithDescription("An assessment of another factory is not found under this one.")
            .ProducesOne<AssessmentResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMaturityAssessment");
        group.MapPost("/assessments", async (string id, AssessmentInput input, ClaimsPrincipal user, MaturityService service, CancellationToken ct) =>
                (await service.CreateAsync(user.ToCaller(), id, input, ct)).ToHttp(AssessmentResponse.For(service.Model), a => $"/api/v1/factories/{a.FactoryId}/maturity/assessments/{a.Id}"))
            .WithSummary("Record a maturity assessment")
            .WithDescription("One answer per dimension of the model, every dimension, each a level 0–5 with an optional note and evidence link (an http(s) address or a platform path). The platform's measured level is stored beside each answer. factoryId in the body, if given, must be the URL's.")
            .ProducesCreated<AssessmentResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("CreateMaturityAssessment");
        group.MapGet("/evidence", async (string id, MaturityService service, CancellationToken ct) =>
                (await service.EvidenceAsync(id, ct)).ToHttp(EvidenceResponse.For(service.Model)))
            .WithSummary("Measure the maturity evidence")
            .WithDescription("Per dimension, the level the platform's own data shows and the figures behind it; a dimension whose data the platform does not record yet says so (status notRecorded), one with nothing to measure yet says noDataYet.")
            .ProducesOne<EvidenceResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMaturityEvidence");
        group.MapPost("/roadmap", async (string id, RoadmapInput input, MaturityService service, CancellationToken ct) =>
                (await service.RoadmapAsync(id, input, ct)).ToHttp(RoadmapResponse.From))
            .WithSummary("Plan a maturity roadmap")
            .WithDescription("Prioritised steps from an assessment (default: the latest; with none, the measured levels) to a target profile (default microfactory) with per-dimension targets overriding it. Claims ahead of the evidence come first, then foundations before refinements; each step links to the platform page or API that moves the dimension, or names the planned capability. Nothing is stored.")
            .Produces<RoadmapResponse>().ProducesInvalid().ProducesNotFound()
            .RequireAuthorization(Policies.Staff).WithName("PlanMaturityRoadmap");
        return api;
    }
}
