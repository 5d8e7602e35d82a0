using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Features.Execution;

namespace Microfactory.Server.Features.Carbon;

/// <summary>/api/v1/footprints, /api/v1/units/{serial}/footprint and /api/v1/templates/{id}/footprint: the platform's product carbon footprints.</summary>
internal static class FootprintApi
{
    public static RouteGroupBuilder MapFootprintApi(this RouteGroupBuilder api)
    {
        api.MapGet("/footprints/{id}", async (string id, FootprintService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(FootprintResponse.From))
            .WithTags("Carbon")
            .WithSummary("Get a product footprint")
            .WithDescription("A footprint the platform computed (an estimate of a design or the actual footprint of a produced unit), by its PACT id (a UUID): kg CO2e per piece, the share of primary data, the subtotal of each stage and every line with its factor and source.")
            .ProducesOne<FootprintResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetFootprint");
        api.MapGet("/units/{serial}/footprint", async (string serial, ClaimsPrincipal user, FootprintService service, ExecutionService units, CancellationToken ct) =>
                (await service.OfUnitAsync(user.ToCaller(), serial, units, ct)).ToHttp(FootprintResponse.From))
            .WithTags("Carbon")
            .WithSummary("Get the actual footprint of a produced unit")
            .WithDescription("Computed from the unit's as-built record when its last operation is done: its materials, the energy each operation drew (metered where the machine meters it) at the grid intensity of the hours it ran, inbound transport and packaging. 404 while the unit is in production, and for units of other customers' orders.")
            .ProducesOne<FootprintResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("GetUnitFootprint");
        api.MapGet("/templates/{id}/footprint", async (string id, string? version, string? factoryId, FootprintService service, CancellationToken ct) =>
                (await service.OfTemplateAsync(id, version, factoryId, ct)).ToHttp(FootprintResponse.From))
            .WithTags("Carbon")
            .WithSummary("Get the estimated footprint of a template's default design")
            .WithDescription("The published estimate of one piece made with the template's default parameters at a factory (factoryId may be left out when the platform has one factory); version defaults to the latest. Quotes estimate the customer's own design the same way, with the machines and hours the plan gives it.")
            .ProducesOne<FootprintResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplateFootprint");
        return api;
    }
}
