using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microfactory.Server.Access;
using Microfactory.Server.Components.Planning;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Components;

/// <summary>
/// What the plan page's script asks for with the browser's cookie (the /api/v1 routes take API keys only): the plan in
/// force as the Gantt draws it, and a server-sent event stream that names every new version. Staff only.
/// </summary>
internal static class PlanEndpoints
{
    public const string PlanEvent = "plan";

    public static WebApplication MapPlanEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/plan/{factoryId}").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("/data", async (string factoryId, FactoryStore factories, PlanBoard board, CancellationToken ct) =>
            await factories.GetAsync(factoryId, ct) is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No factory with id '{factoryId}'.")
                : Results.Json((await board.BuildAsync(factoryId, ct)).Gantt));
        group.MapGet("/events", async (string factoryId, FactoryStore factories, LivePlans plans, IHostApplicationLifetime lifetime, HttpContext context) =>
        {
            if (await factories.GetAsync(factoryId, context.RequestAborted) is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No factory with id '{factoryId}'.");
            }
            // The stream ends with the request or when the server stops, so an open page never holds a shutdown up.
            var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(ends);
            return TypedResults.ServerSentEvents(Notices(factoryId, plans, ends.Token));
        });
        return app;
    }

    // The version in force first (a version stored between the page's render and this connection is not missed),
    // then every new one. The watch subscribes before the version in force is read, so nothing falls in between.
    private static async IAsyncEnumerable<SseItem<PlanNotice>> Notices(string factoryId, LivePlans plans, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var watch = plans.WatchAsync(factoryId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = watch.MoveNextAsync().AsTask();
        var current = await plans.CurrentAsync(factoryId, cancellationToken);
        yield return new SseItem<PlanNotice>(new PlanNotice(factoryId, current.Version, current.CreatedAt, current.Reason), PlanEvent);
        while (true)
        {
            bool more;
            try
            {
                more = await next;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            if (!more)
            {
                yield break;
            }
            yield return new SseItem<PlanNotice>(watch.Current, PlanEvent);
            next = watch.MoveNextAsync().AsTask();
        }
    }
}
