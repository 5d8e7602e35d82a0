using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Cbam;

/// <summary>/api/v1/factories/{id}/cbam: the CBAM quarterly report of a factory, as CSV or XML (staff, like the footprints it is made of).</summary>
internal static class CbamApi
{
    public static RouteGroupBuilder MapCbamApi(this RouteGroupBuilder api)
    {
        api.MapGet("/factories/{id}/cbam", async (string id, string? quarter, string? format, CbamService service, CancellationToken ct) =>
            {
                var report = await service.ReportAsync(id, quarter, format, ct);
                if (report.Outcome != ServiceOutcome.Ok)
                {
                    return ApiResults.Problem(report);
                }
                var name = $"cbam-{report.Value!.DeclarantId}-{report.Value.Period}";
                return format == "xml"
                    ? TypedResults.File(CbamXmlWriter.Write(report.Value), "application/xml", name + ".xml")
                    : TypedResults.File(CbamCsvWriter.Write(report.Value), "text/csv", name + ".csv");
            })
            .WithTags("Carbon")
            .WithSummary("Get a factory's CBAM quarterly report")
            .WithDescription("Embedded emissions of the goods covered by CBAM (iron and steel, aluminium: materials whose cnCode is in Annex I of Regulation (EU) 2023/956) used in the units the factory completed in the quarter (a calendar quarter in the factory's time zone), with the fields of the transitional-period quarterly report (Implementing Regulation (EU) 2023/1773, Annex I): declarant, period, and per good CN code, description, country of origin, net mass (t), installation where known, specific and total embedded emissions (t CO2e per t, t CO2e), method (actual: a supplier's own footprint; default: a secondary factor) and data source. quarter is YYYY-Qn; format is csv (the default; a header row) or xml (namespace urn:microfactory:cbam:quarterly-report:1). Rows are ordered by CN code, material, method and source; decimals use a full stop.")
            .WithParameter("quarter", "The reporting quarter, YYYY-Qn, for example 2026-Q4.")
            .WithParameter("format", "csv (default) or xml.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/xml").ProducesInvalid().ProducesNotFound()
            .RequireAuthorization(Policies.Staff).WithName("GetFactoryCbamReport");
        return api;
    }
}
