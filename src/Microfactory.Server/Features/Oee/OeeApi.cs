using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Oee;

/// <summary>/api/v1/factories/{id}/oee: overall equipment effectiveness from the shop floor's telemetry (admins, planners, operators).</summary>
internal static class OeeApi
{
    public static RouteGroupBuilder MapOeeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/factories/{id}/oee", async (string id, string? from, string? to, string? by, OeeService service, CancellationToken ct) =>
                (await service.GetAsync(id, from, to, by, ct)).ToHttp(r => r))
            .WithTags("Shop floor")
            .WithSummary("Get OEE")
            .WithDescription(
                $"Availability (run time / planned time), performance (ideal time of the parts made / run time, at most 1), quality (good / all parts), " +
                "OEE (their product), good and scrap counts and kWh per good part over planned production time: each machine's shifts in the window minus its " +
                "planned downtime, in the factory's time zone. Ratios are 0..1, null where undefined (no planned time; no run time for performance; no parts for " +
                "quality; no good parts for kWh per good); with planned time OEE is never null. A part's ideal cycle is its operation's planned setup + run " +
                "seconds; counts without an operation add no ideal time, so performance is then a lower bound. items are per machine (by=machine, the default), " +
                "per machine and shift occurrence (by=shift; a shift crossing midnight is one occurrence on the day it starts) or per machine and local day " +
                $"(by=day); factory sums every machine over the window. from and to are ISO 8601 with offset, to after from, at most {OeeService.MaxWindowDays} days apart.")
            .WithParameter("from", "Start of the window (inclusive), ISO 8601 with offset.")
            .WithParameter("to", "End of the window (exclusive), ISO 8601 with offset.")
            .WithParameter("by", "machine (default), shift or day.")
            .ProducesOne<OeeResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.ShopFloor).WithName("GetOee");
        return api;
    }
}
