using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Machines;

/// <summary>/api/v1/machines: staff read; admins and planners create and change.</summary>
internal static class MachineApi
{
    public static RouteGroupBuilder MapMachineApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/machines").WithTags("Machines");
        group.MapGet("/", (string? factoryId, int? page, int? pageSize, MachineService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(factoryId, p, ct), MachineResponse.From))
            .WithSummary("List machines")
            .WithDescription("Machines ordered by id, a page at a time; all factories unless factoryId names one.")
            .WithParameter("factoryId", "Only the machines of this factory.")
            .ProducesPage<MachineResponse>()
            .RequireAuthorization(Policies.Staff).WithName("ListMachines");
        group.MapGet("/{id}", async (string id, MachineService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(MachineResponse.From))
            .WithSummary("Get a machine")
            .ProducesOne<MachineResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMachine");
        group.MapPost("/", async (MachineInput input, MachineService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(MachineResponse.From, m => $"/api/v1/machines/{m.Id}"))
            .WithSummary("Create a machine")
            .WithDescription("factoryId and every capability must exist (see GET /api/v1/capabilities); idlePowerKw must not exceed workingPowerKw. The calendar holds weekly shifts in factory-local minutes after midnight and absolute downtime windows; without one the machine has no scheduled hours yet.")
            .ProducesCreated<MachineResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("CreateMachine");
        group.MapPut("/{id}", async (string id, MachineInput input, MachineService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(MachineResponse.From))
            .WithSummary("Replace a machine")
            .WithDescription("Replaces every field, calendar included; an id in the body must match the URL.")
            .ProducesReplaced<MachineResponse>()
            .RequireAuthorization(Policies.Planning).WithName("UpdateMachine");
        return api;
    }
}
