using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Components;

/// <summary>
/// The order page's live updates, with the browser's cookie: an event whenever the plan of the order's factory gets a
/// new version (only the version number and time: nothing of other customers' work), so the page can show the order's
/// new state and explanation. Whoever may see the order may listen; others get 404, as for the order itself.
/// </summary>
internal static class OrderPageEndpoints
{
    public static WebApplication MapOrderPageEndpoints(this WebApplication app)
    {
        app.MapGet("/orders/{id}/events", async (string id, ClaimsPrincipal user, OrderService orders, LivePlans plans, IHostApplicationLifetime lifetime, HttpContext context) =>
            {
                var order = await orders.GetAsync(user.ToCaller(), id, context.RequestAborted);
                if (order.Outcome != ServiceOutcome.Ok)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: order.Message);
                }
                var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
                context.Response.RegisterForDispose(ends);
                return TypedResults.ServerSentEvents(Versions(order.Value!.FactoryId, plans, ends.Token));
            })
            .RequireAuthorization(Policies.AnyUser).ExcludeFromDescription();
        return app;
    }

    private static async IAsyncEnumerable<SseItem<PlanNoticeResponse>> Versions(string factoryId, LivePlans plans, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var notice in PlanEndpoints.Notices(factoryId, plans, cancellationToken))
        {
            yield return new SseItem<PlanNoticeResponse>(new PlanNoticeResponse(notice.Data.Version, notice.Data.CreatedAt, ""), PlanEndpoints.PlanEvent);
        }
    }
}
