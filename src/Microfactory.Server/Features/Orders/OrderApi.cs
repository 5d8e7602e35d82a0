using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Features.Execution;

namespace Microfactory.Server.Features.Orders;

/// <summary>/api/v1/orders: customers place and follow their own orders; admins and planners handle all of them.</summary>
internal static class OrderApi
{
    public static RouteGroupBuilder MapOrderApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders").WithTags("Orders");
        group.MapGet("/", (int? page, int? pageSize, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(user.ToCaller(), p, ct), OrderResponse.From))
            .WithSummary("List orders")
            .WithDescription("Admins and planners see every order; a customer user sees only its own.")
            .ProducesPage<OrderResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("ListOrders");
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, OrderService service, ExecutionService execution, CancellationToken ct) =>
            {
                var result = await service.GetAsync(user.ToCaller(), id, ct);
                var units = result.Value is { } order ? await execution.UnitsOfOrderAsync(order.Id, ct) : [];
                return result.ToHttp(o => OrderResponse.From(o) with { Units = units });
            })
            .WithSummary("Get an order")
            .WithDescription("A customer user is told 404 about any order but its own. units lists the units whose work has started, each with its serial number and status (inProduction, completed).")
            .ProducesOne<OrderResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("GetOrder");
        group.MapPost("/", async (OrderInput input, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                (await service.CreateAsync(user.ToCaller(), input, ct)).ToHttp(OrderResponse.From, o => $"/api/v1/orders/{o.Id}"))
            .WithSummary("Place an order")
            .WithDescription("A customer user may leave customerId out (it is its own) and may name no other; admins and planners must name it. status is draft or submitted (default submitted). Each line names a published template version and parameter values that give a valid design; a line that does not is refused by field.")
            .ProducesCreated<OrderResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("CreateOrder");
        group.MapPut("/{id}", async (string id, OrderInput input, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                (await service.UpdateAsync(user.ToCaller(), id, input, ct)).ToHttp(OrderResponse.From))
            .WithSummary("Change an order")
            .WithDescription("Replaces factory, date, notes, status and lines; customerId cannot change. A customer user may change its own orders only while they are drafts or submitted, and move them between draft and submitted or cancel them; planners and admins also confirm (draft or submitted → confirmed) and ship completed orders. Planned, in production and completed are set by the platform. A move the caller may not make is 400 on status; cancelling work in production or later is 409.")
            .ProducesReplaced<OrderResponse>()
            .ProducesConflict()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("UpdateOrder");
        group.MapPost("/{id}/cancel", async (string id, ClaimsPrincipal user, OrderService service, CancellationToken cancellationToken) =>
                (await service.CancelAsync(user.ToCaller(), id, cancellationToken)).ToHttp(OrderResponse.From))
            .WithSummary("Cancel an order")
            .WithDescription("Cancels an order no work has started on: draft, submitted, confirmed or planned (its customer, planners and admins); the live plan releases its capacity. Cancelling a cancelled order again answers it unchanged; an order in production, completed or shipped answers 409.")
            .ProducesOne<OrderResponse>()
            .ProducesConflict()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("CancelOrder");
        return api;
    }
}
