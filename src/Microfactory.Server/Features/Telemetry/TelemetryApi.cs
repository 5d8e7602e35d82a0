using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>/api/v1/telemetry (batch ingest: admins, planners, operators; totals: admins) and /api/v1/machines/{id}/state (staff, like the machines).</summary>
internal static class TelemetryApi
{
    public static RouteGroupBuilder MapTelemetryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/telemetry").WithTags("Telemetry");
        group.MapPost("/", async (TelemetryBatchInput input, ClaimsPrincipal user, TelemetryService service, CancellationToken ct) =>
                (await service.IngestBatchAsync(input, user.ToCaller().UserId, ct)).ToHttp(r => r))
            .WithSummary("Ingest a batch of telemetry")
            .WithDescription("1 to 1000 state, count and energy messages, taken whole or not at all: a bad message refuses the batch with a problem naming it (messages[3].good). Each message carries an id or a seq; one already stored is a duplicate and counted once. The answer tells how many were accepted and how many were duplicates.")
            .Produces<TelemetryBatchResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.ShopFloor).WithName("IngestTelemetry");
        group.MapGet("/stats", (TelemetryService service) => TypedResults.Ok(service.Stats()))
            .WithSummary("Telemetry ingest totals")
            .WithDescription("Messages accepted, duplicates and rejected (by reason) since the server started, and the MQTT connection's state.")
            .Produces<TelemetryStatsResponse>()
            .RequireAuthorization(Policies.Admin).WithName("GetTelemetryStats");
        api.MapGet("/machines/{id}/state", async (string id, TelemetryService service, CancellationToken ct) =>
                (await service.GetStateAsync(id, ct)).ToHttp(r => r))
            .WithTags("Machines")
            .WithSummary("Get a machine's current state")
            .WithDescription("The reported state with the latest time (ties: the one recorded later), whatever order reports arrived in; off since the machine's creation before any report.")
            .ProducesOne<MachineStateResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMachineState");
        return api;
    }
}
