using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Features.Copilot;

namespace Microfactory.Server.Components;

/// <summary>
/// The chat panel's posts with the browser's cookie (the /api/v1 routes take API keys only): a question and a Confirm,
/// as form posts with the antiforgery token, answered like the API (JSON, or problem+json) through the same
/// <see cref="CopilotService"/>, with the same bounds and per-user budget. Every signed-in user.
/// </summary>
internal static class CopilotEndpoints
{
    public static WebApplication MapCopilotEndpoints(this WebApplication app)
    {
        // Both bind the form (IFormCollection), which makes the antiforgery middleware's verdict count.
        var group = app.MapGroup("/copilot").RequireAuthorization(Policies.AnyUser).ExcludeFromDescription();
        group.MapPost("/messages", async (IFormCollection form, ClaimsPrincipal user, CopilotService service, CancellationToken ct) =>
        {
            var caller = user.ToCaller();
            if (!service.TryTakeMessage(caller))
            {
                return TypedResults.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests,
                    detail: $"message: at most {service.MessagesPerMinute} questions per user and minute; ask again in a minute.");
            }
            var kind = Text(form, "pageKind");
            var input = new CopilotMessageInput(form["message"].ToString(), Text(form, "conversationId"), kind is null ? null : new CopilotPageInput(kind, Text(form, "pageId")));
            return (await service.AskAsync(caller, input, ct)).ToHttp(a => a);
        });
        group.MapPost("/proposals/{id}/confirm", async (string id, IFormCollection form, ClaimsPrincipal user, CopilotService service, CancellationToken ct) =>
            (await service.ConfirmAsync(user.ToCaller(), id, ct)).ToHttp(r => r));
        return app;
    }

    private static string? Text(IFormCollection form, string field) =>
        form.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;
}
