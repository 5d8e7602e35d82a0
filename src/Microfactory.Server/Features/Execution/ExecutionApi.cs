using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Features.Execution;

/// <summary>/api/v1/operations (operators and planners move the plan's operations) and /api/v1/units (produced units and their as-built records).</summary>
internal static class ExecutionApi
{
    public static RouteGroupBuilder MapExecutionApi(this RouteGroupBuilder api)
    {
        var operations = api.MapGroup("/operations").WithTags("Shop floor");
        operations.MapGet("/{id}", async (string id, ExecutionService service, CancellationToken ct) =>
                (await service.GetOperationAsync(id, ct)).ToHttp(o => o))
            .WithSummary("Get an operation's shop-floor state")
            .WithDescription("State (released, running, paused, done), machine, times, counts and the whole audit trail of one operation of the live plan's orders. The id is the plan's stable operation id ({lineId}.{unit}.{stepId}).")
            .ProducesOne<OperationResponse>()
            .RequireAuthorization(Policies.ShopFloor).WithName("GetOperation");
        operations.MapPost("/{id}/start", async (string id, OperationStartInput input, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
                (await service.ActAsync(user.ToCaller(), id, OperationAction.Start, input.MachineId, null, null, null, ct)).ToHttp(o => o))
            .WithSummary("Start an operation")
            .WithDescription("released → running, on machineId or (when left out) the machine the live plan gives it. Refused with 409 while a routing predecessor of the same unit is not done or the machine runs another operation; 400 for a machine that lacks the step's capability. The first start of a unit gives it its serial number and moves the order to in production.")
            .ProducesOne<OperationResponse>().ProducesInvalid().ProducesConflict()
            .RequireAuthorization(Policies.ShopFloor).WithName("StartOperation");
        operations.MapPost("/{id}/pause", async (string id, OperationPauseInput input, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
                (await service.ActAsync(user.ToCaller(), id, OperationAction.Pause, null, input.Reason, null, null, ct)).ToHttp(o => o))
            .WithSummary("Pause an operation")
            .WithDescription("running → paused, with an optional reason (at most 500 characters). 409 in any other state.")
            .ProducesOne<OperationResponse>().ProducesInvalid().ProducesConflict()
            .RequireAuthorization(Policies.ShopFloor).WithName("PauseOperation");
        operations.MapPost("/{id}/resume", async (string id, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
                (await service.ActAsync(user.ToCaller(), id, OperationAction.Resume, null, null, null, null, ct)).ToHttp(o => o))
            .WithSummary("Resume an operation")
            .WithDescription("paused → running, on the machine it started on. 409 in any other state.")
            .ProducesOne<OperationResponse>().ProducesConflict()
            .RequireAuthorization(Policies.ShopFloor).WithName("ResumeOperation");
        operations.MapPost("/{id}/finish", async (string id, OperationFinishInput input, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
                (await service.ActAsync(user.ToCaller(), id, OperationAction.Finish, null, null, input.Good, input.Scrap, ct)).ToHttp(o => o))
            .WithSummary("Finish an operation")
            .WithDescription("running or paused → done with its counts: good must be 1 (the unit's part), scrap the attempts scrapped on the way (0 or more). The last operation of a unit completes it with its as-built record; the last unit of an order completes the order.")
            .ProducesOne<OperationResponse>().ProducesInvalid().ProducesConflict()
            .RequireAuthorization(Policies.ShopFloor).WithName("FinishOperation");

        var units = api.MapGroup("/units").WithTags("Shop floor");
        units.MapGet("/{serial}", async (string serial, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
                (await service.UnitAsync(user.ToCaller(), serial, ct)).ToHttp(u => u))
            .WithSummary("Get a produced unit")
            .WithDescription("A unit by serial number with its status and, once completed, its as-built record: every operation with its machine, start and end, running time, operator and counts. A customer user is told 404 about units of other customers' orders.")
            .ProducesOne<UnitResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("GetUnit");
        return api;
    }
}
