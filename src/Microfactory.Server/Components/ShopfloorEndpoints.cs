using System.Globalization;
using System.Security.Claims;
using Microfactory.Core.Validation;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Components.Shopfloor;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Components;

/// <summary>
/// The operator terminal's moves with the browser's cookie (the /api/v1 routes take API keys only): start, pause,
/// resume and finish as form posts with the antiforgery token, answered like the API (the operation, or problem+json),
/// through the same <see cref="ExecutionService"/>; the shop-floor dashboard's event stream (<see cref="FloorFeed"/>) and
/// its Acknowledge of an alarm (<see cref="AlarmService"/>).
/// Operators, planners and admins only.
/// </summary>
internal static class ShopfloorEndpoints
{
    public static WebApplication MapShopfloorEndpoints(this WebApplication app)
    {
        // Every route binds the form (IFormCollection), which makes the antiforgery middleware's verdict count.
        var group = app.MapGroup("/shopfloor/operations/{id}").RequireAuthorization(Policies.ShopFloor).ExcludeFromDescription();
        group.MapPost("/start", (string id, IFormCollection form, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
            ActAsync(service, user, id, OperationAction.Start, Text(form, "machineId"), null, null, null, ct));
        group.MapPost("/pause", (string id, IFormCollection form, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
            ActAsync(service, user, id, OperationAction.Pause, null, Text(form, "reason"), null, null, ct));
        group.MapPost("/resume", (string id, IFormCollection form, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
            ActAsync(service, user, id, OperationAction.Resume, null, null, null, null, ct));
        group.MapPost("/finish", async (string id, IFormCollection form, ClaimsPrincipal user, ExecutionService service, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var good = Count(form, "good", errors);
            var scrap = Count(form, "scrap", errors);
            return errors.IsEmpty
                ? await ActAsync(service, user, id, OperationAction.Finish, null, null, good, scrap, ct)
                : ApiResults.Validation(errors.Errors);
        });
        // The dashboard's Acknowledge, through the same AlarmService as POST /api/v1/alarms/{id}/ack.
        app.MapPost("/shopfloor/alarms/{id}/ack", async (string id, IFormCollection form, ClaimsPrincipal user, AlarmService alarms, CancellationToken ct) =>
                (await alarms.AcknowledgeAsync(user.ToCaller(), id, Text(form, "note"), ct)).ToHttp(AlarmResponse.From))
            .RequireAuthorization(Policies.ShopFloor).ExcludeFromDescription();
        // The dashboard's server push: machine states at once, the day's counts and energy at most once a second.
        app.MapGet("/shopfloor/{factoryId}/events", async (string factoryId, FactoryStore factories, FloorFeed floor, IHostApplicationLifetime lifetime, HttpContext context) =>
        {
            if (factoryId.Length > 100 || await factories.GetAsync(factoryId, context.RequestAborted) is not { } factory)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No factory with id '{(factoryId.Length <= 80 ? factoryId : factoryId[..80] + "…")}'.");
            }
            // The stream ends with the request or when the server stops, so an open page never holds a shutdown up.
            var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(ends);
            return TypedResults.ServerSentEvents(floor.StreamAsync(factory, ends.Token));
        }).RequireAuthorization(Policies.ShopFloor).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ActAsync(ExecutionService service, ClaimsPrincipal user, string id, OperationAction action, string? machineId, string? reason, int? good, int? scrap,
        CancellationToken cancellationToken) =>
        (await service.ActAsync(user.ToCaller(), id, action, machineId, reason, good, scrap, cancellationToken)).ToHttp(o => o);

    private static string? Text(IFormCollection form, string field) => form.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    // Counts come as form text; anything but a whole number is the field's error (the service checks the range).
    private static int? Count(IFormCollection form, string field, FieldErrors errors)
    {
        var text = Text(form, field);
        if (text is null)
        {
            return null;
        }
        if (text.Length > 9 || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(field, $"{field} must be a whole number, such as 0 or 1.");
            return null;
        }
        return value;
    }
}
