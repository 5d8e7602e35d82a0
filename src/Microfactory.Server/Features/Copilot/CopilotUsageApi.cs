using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Copilot;

/// <summary>GET /api/v1/copilot/usage: how the copilot is used (admins).</summary>
internal static class CopilotUsageApi
{
    public static RouteGroupBuilder MapCopilotUsageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/copilot/usage", async (string? days, CopilotUsageService service, CancellationToken ct) => (await service.GetAsync(days, ct)).ToHttp(u => u))
            .WithTags("Copilot")
            .WithSummary("Get copilot usage")
            .WithDescription("Questions asked of the copilot (by its offline engine or a model) per local day of its factory over the last 7 (the default) or 30 days, "
                + "how many were answered (an answer, a draft or a proposal), the split by role and by answer kind, and the median milliseconds to answer, "
                + "overall and per role. No question's text is kept or shown.")
            .WithParameter("days", "7 (default) or 30.")
            .Produces<CopilotUsageResponse>().ProducesInvalid()
            .RequireAuthorization(Policies.Admin).WithName("GetCopilotUsage");
        return api;
    }
}
