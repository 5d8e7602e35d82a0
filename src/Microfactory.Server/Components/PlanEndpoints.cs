using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Components.Planning;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Microfactory.Server.Components;

/// <summary>
/// What the plan page's script asks for with the browser's cookie (the /api/v1 routes take API keys only): the plan in
/// force as the Gantt draws it and a server-sent event stream that names every new version (staff), and pin and unpin
/// (planners and admins) as form posts with the antiforgery token, through the same <see cref="PlanService"/> as the API.
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
        var pins = app.MapGroup("/plan").RequireAuthorization(Policies.Planning).ExcludeFromDescription();
        // Form fields bind from the body, which makes the antiforgery middleware check the token.
        pins.MapPost("/pin", async ([FromForm] string? operationId, [FromForm] string? machineId, [FromForm] string? start, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
        {
            DateTimeOffset? at = null;
            if (!string.IsNullOrEmpty(start))
            {
                if (!DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
                {
                    return ApiResults.Validation([new("start", "start must be an ISO 8601 date-time with an offset, such as 2026-12-03T09:30:00Z.")]);
                }
                at = parsed;
            }
            var result = await service.PinAsync(user.ToCaller(), operationId ?? "", new PinInput(machineId, at), ct);
            return result.Outcome == ServiceOutcome.Ok ? Results.Json(result.Value) : ApiResults.Problem(result);
        });
        pins.MapPost("/unpin", async ([FromForm] string? operationId, ClaimsPrincipal user, PlanService service, CancellationToken ct) =>
        {
            var result = await service.UnpinAsync(user.ToCaller(), operationId ?? "", ct);
            return result.Outcome == ServiceOutcome.Ok ? Results.Json(result.Value) : ApiResults.Problem(result);
        });
        return app;
    }

    // The version in force first (a version stored between the page's render and this connection is not missed),
    // then every new one. The watch subscribes before the version in force is read, so nothing falls in between.
    internal static async IAsyncEnumerable<SseItem<PlanNotice>> Notices(string factoryId, LivePlans plans, [EnumeratorCancellation] CancellationToken cancellationToken)
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
