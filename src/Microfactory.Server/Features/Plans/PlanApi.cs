using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Orders;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// The live plan over HTTP: staff read the plan, its versions and its event stream (customers may not: the plan shows
/// every customer's work); planners and admins add and remove machine downtime, pin operations and set order priority;
/// an order's explanation is for its customer and staff.
/// </summary>
internal static class PlanApi
{
    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder api)
    {
        var factories = api.MapGroup("/factories").WithTags("Plans");
        factories.MapGet("/{id}/plan", async (string id, PlanService service, TimeProvider time, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(p => PlanResponses.From(p, time.GetUtcNow())))
            .WithSummary("Get the factory's live plan")
            .WithDescription("The plan version in force: why it exists, its KPIs and every operation with machine, start and end. Operation ids are stable across versions. 409 when the factory has no machine.")
            .ProducesOne<PlanResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Staff).WithName("GetPlan");
        factories.MapGet("/{id}/plan/versions", async (string id, int? page, int? pageSize, PlanService service, CancellationToken ct) =>
            {
                var request = PageRequest.From(page, pageSize);
                if (request.Outcome != ServiceOutcome.Ok)
                {
                    return ApiResults.Problem(request);
                }
                return (await service.VersionsAsync(id, request.Value!, ct)).ToHttp(v =>
                    new PagedResponse<PlanVersionResponse>([.. v.Items.Select(PlanVersionResponse.From)], v.Page, v.PageSize, v.Total));
            })
            .WithSummary("List the plan's versions")
            .WithDescription("Every stored version of the factory's plan, newest first, with its reason and KPIs (no operations): KPIs over time.")
            .ProducesPage<PlanVersionResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.Staff).WithName("ListPlanVersions");
        factories.MapGet("/{id}/plan/events", async (string id, long? untilVersion, PlanService service, LivePlans plans, CancellationToken ct) =>
            {
                if (untilVersion is < 1)
                {
                    return ApiResults.Validation([new Core.Validation.FieldError("untilVersion", "untilVersion must be at least 1 (or left out to follow the plan until the client disconnects).")]);
                }
                var current = await service.GetAsync(id, ct);
                return current.Outcome == ServiceOutcome.Ok
                    ? TypedResults.ServerSentEvents(Stream(current.Value!, untilVersion, plans, ct))
                    : ApiResults.Problem(current);
            })
            .WithSummary("Follow the plan's versions")
            .WithDescription("text/event-stream: an event 'plan' with {version, createdAt, reason} for the version in force at once, then whenever a new version is stored. With untilVersion the stream ends after the first event whose version is at least that (a client waiting for its change).")
            .WithParameter("untilVersion", "End the stream once a version at least this high has been sent.")
            .Produces<PlanNoticeResponse>(StatusCodes.Status200OK, "text/event-stream").ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.Staff).WithName("FollowPlan");

        var machines = api.MapGroup("/machines").WithTags("Plans");
        machines.MapPost("/{id}/downtime", async (string id, MachineDowntimeInput input, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
                (await service.AddDowntimeAsync(user.ToCaller(), id, input, ct)).ToHttp(d => d, d => $"/api/v1/machines/{d.MachineId}/downtime/{d.Id}"))
            .WithSummary("Add machine downtime")
            .WithDescription("The live plan moves not-yet-started, unpinned work off the window within a second. A window over started or pinned work on the machine is refused (409 naming the operation): that work never moves.")
            .ProducesCreated<MachineDowntimeResponse>().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("AddMachineDowntime");
        machines.MapDelete("/{id}/downtime/{downtimeId}", async (string id, string downtimeId, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
            {
                var result = await service.RemoveDowntimeAsync(user.ToCaller(), id, downtimeId, ct);
                return result.Outcome == ServiceOutcome.Ok ? Results.NoContent() : ApiResults.Problem(result);
            })
            .WithSummary("Remove machine downtime")
            .Produces(StatusCodes.Status204NoContent).ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("RemoveMachineDowntime");

        var operations = api.MapGroup("/plan/operations").WithTags("Plans");
        operations.MapPut("/{operationId}/pin", async (string operationId, PinInput input, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
                (await service.PinAsync(user.ToCaller(), operationId, input, ct)).ToHttp(p => p))
            .WithSummary("Pin an operation")
            .WithDescription("Fixes an operation of the live plan to a capable machine and a start (not in the past, inside the machine's working hours, clear of started and pinned work, after its predecessors). The plan keeps it there until it is unpinned.")
            .ProducesReplaced<PinResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("PinOperation");
        operations.MapDelete("/{operationId}/pin", async (string operationId, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
            {
                var result = await service.UnpinAsync(user.ToCaller(), operationId, ct);
                return result.Outcome == ServiceOutcome.Ok ? Results.NoContent() : ApiResults.Problem(result);
            })
            .WithSummary("Unpin an operation")
            .Produces(StatusCodes.Status204NoContent).ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("UnpinOperation");

        var orders = api.MapGroup("/orders").WithTags("Plans");
        orders.MapPut("/{id}/priority", async (string id, PriorityInput input, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
                (await service.SetPriorityAsync(user.ToCaller(), id, input, ct)).ToHttp(OrderResponse.From))
            .WithSummary("Set an order's priority")
            .WithDescription("priority −10…10 (0 normal): higher weighs more when due dates compete; the live plan follows.")
            .ProducesReplaced<OrderResponse>()
            .RequireAuthorization(Policies.Planning).WithName("SetOrderPriority");
        orders.MapGet("/{id}/explanation", async (string id, ClaimsPrincipal user, PlanExplanations service, CancellationToken ct) =>
                (await service.ExplainAsync(user.ToCaller(), id, ct)).ToHttp(e => e))
            .WithSummary("Explain an order's planned completion")
            .WithDescription("The critical chain behind the completion of the order's last-finishing unit in the live plan, one readable sentence per link. A customer user sees only its own orders (404 otherwise) and other customers' work only as 'another order'.")
            .ProducesOne<ExplanationResponse>().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("ExplainOrder");
        return api;
    }

    private static async IAsyncEnumerable<SseItem<PlanNoticeResponse>> Stream(LivePlanSnapshot current, long? untilVersion, LivePlans plans, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Subscribe before sending the version in force, so no version stored in between is lost.
        var live = plans.WatchAsync(current.FactoryId, stop.Token).GetAsyncEnumerator(stop.Token);
        var next = live.MoveNextAsync().AsTask();
        try
        {
            var latest = plans.Peek(current.FactoryId) ?? current;
            var seen = latest.Version;
            yield return new SseItem<PlanNoticeResponse>(new PlanNoticeResponse(latest.Version, latest.CreatedAt, latest.Reason), "plan");
            while (seen < (untilVersion ?? long.MaxValue) && await next)
            {
                var notice = live.Current;
                next = live.MoveNextAsync().AsTask();
                if (notice.Version > seen)
                {
                    seen = notice.Version;
                    yield return new SseItem<PlanNoticeResponse>(new PlanNoticeResponse(notice.Version, notice.CreatedAt, notice.Reason), "plan");
                }
            }
        }
        finally
        {
            // The watch may be waiting for the next version: stop it before letting it go.
            await stop.CancelAsync();
            try
            {
                await next;
            }
            catch (OperationCanceledException)
            {
                // Expected: the watch was stopped.
            }
            await live.DisposeAsync();
        }
    }
}
