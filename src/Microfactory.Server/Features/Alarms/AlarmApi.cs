using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Alarms;

/// <summary>/api/v1/alarms: operators, planners and admins follow and acknowledge the shop floor's alarms.</summary>
internal static class AlarmApi
{
    public static RouteGroupBuilder MapAlarmApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/alarms").WithTags("Shop floor");
        group.MapGet("/", async (string? factoryId, string? machineId, string? state, int? page, int? pageSize, AlarmService service, CancellationToken ct) =>
                (await service.ListAsync(factoryId, machineId, state, page, pageSize, ct))
                .ToHttp(p => new PagedResponse<AlarmResponse>([.. p.Items.Select(AlarmResponse.From)], p.Page, p.PageSize, p.Total)))
            .WithSummary("List alarms")
            .WithDescription("Alarms newest first, a page at a time: machine down (critical), operation overrunning its planned time by the margin, energy draw outside the machine's normal band (warnings). They are raised and cleared by the server from telemetry and the shop floor's state; nothing is deleted.")
            .WithParameter("factoryId", "Only the alarms of this factory.")
            .WithParameter("machineId", "Only the alarms of this machine.")
            .WithParameter("state", "open (true, not acknowledged), acknowledged (true, acknowledged), cleared (no longer true) or all (the default).")
            .ProducesPage<AlarmResponse>()
            .RequireAuthorization(Policies.ShopFloor).WithName("ListAlarms");
        group.MapGet("/{id}", async (string id, AlarmService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(AlarmResponse.From))
            .WithSummary("Get an alarm")
            .ProducesOne<AlarmResponse>()
            .RequireAuthorization(Policies.ShopFloor).WithName("GetAlarm");
        group.MapPost("/{id}/ack", async (string id, AlarmAckInput input, ClaimsPrincipal user, AlarmService service, CancellationToken ct) =>
                (await service.AcknowledgeAsync(user.ToCaller(), id, input.Note, ct)).ToHttp(AlarmResponse.From))
            .WithSummary("Acknowledge an alarm")
            .WithDescription("Body {} or a note. Records who saw the alarm and when, with an optional note (at most 500 characters); an open or a cleared alarm can be acknowledged. Acknowledging an alarm again answers it unchanged: the first acknowledgement stays.")
            .ProducesOne<AlarmResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.ShopFloor).WithName("AcknowledgeAlarm");
        return api;
    }
}
