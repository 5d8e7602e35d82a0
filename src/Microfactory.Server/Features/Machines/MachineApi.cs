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
            .RequireAuthorization(Policies.Staff).WithName("ListMachines");
        group.MapGet("/{id}", async (string id, MachineService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(MachineResponse.From))
            .RequireAuthorization(Policies.Staff).WithName("GetMachine");
        group.MapPost("/", async (MachineInput input, MachineService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(MachineResponse.From, m => $"/api/v1/machines/{m.Id}"))
            .RequireAuthorization(Policies.Planning).WithName("CreateMachine");
        group.MapPut("/{id}", async (string id, MachineInput input, MachineService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(MachineResponse.From))
            .RequireAuthorization(Policies.Planning).WithName("UpdateMachine");
        return api;
    }
}
