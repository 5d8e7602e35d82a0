using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Carbon;

/// <summary>/api/v1/factories/{id}/supplier-coverage: how much of a factory's supply its suppliers' own footprints cover (staff).</summary>
internal static class SupplierCoverageApi
{
    public static RouteGroupBuilder MapSupplierCoverageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/factories/{id}/supplier-coverage", async (string id, string? from, string? to, string? on, SupplierCoverageService service, CancellationToken ct) =>
                (await service.GetAsync(id, from, to, on, ct)).ToHttp(r => r))
            .WithTags("Carbon")
            .WithSummary("Get supplier coverage")
            .WithDescription(
                "The share of the materials and packaging in the units the factory completed in [from, to) — by mass (kg) and by spend (quantity × " +
                "catalogue price, in the factory's currency) — for which the footprint engine takes a supplier-specific footprint (PACT) valid on " +
                $"`on` rather than a secondary factor, against the target of {SupplierCoverageService.Target:0.00} (the seeds' 80 %). Shares are 0..1, " +
                "null when nothing was bought. Then per supplier (largest spend first) and per material with the source the engine takes. " +
                $"to defaults to now and from to 90 days before to, at most {SupplierCoverageService.MaxWindowDays} days apart; on defaults to now.")
            .WithParameter("from", "Start of the window (inclusive), ISO 8601 with offset; 90 days before to when left out.")
            .WithParameter("to", "End of the window (exclusive), ISO 8601 with offset; now when left out.")
            .WithParameter("on", "The date on which the suppliers' footprints must be valid, ISO 8601 with offset; now when left out.")
            .ProducesOne<SupplierCoverageResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.Staff).WithName("GetSupplierCoverage");
        return api;
    }
}
