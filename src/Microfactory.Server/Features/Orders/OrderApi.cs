using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Orders;

/// <summary>/api/v1/orders: customers place and follow their own orders; admins and planners handle all of them.</summary>
internal static class OrderApi
{
    public static RouteGroupBuilder MapOrderApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders").WithTags("Orders");
        group.MapGet("/", (int? page, int? pageSize, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(user.ToCaller(), p, ct), OrderResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("ListOrders");
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                (await service.GetAsync(user.ToCaller(), id, ct)).ToHttp(OrderResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("GetOrder");
        group.MapPost("/", async (OrderInput input, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                (await service.CreateAsync(user.ToCaller(), input, ct)).ToHttp(OrderResponse.From, o => $"/api/v1/orders/{o.Id}"))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("CreateOrder");
        group.MapPut("/{id}", async (string id, OrderInput input, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
                (await service.UpdateAsync(user.ToCaller(), id, input, ct)).ToHttp(OrderResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("UpdateOrder");
        return api;
    }
}
