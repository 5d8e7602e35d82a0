using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;

namespace Microfactory.Server.Tests.Api;

/// <summary>The copilot's part of the contract world: proposals and drafts made for the caller, documents to read and delete.</summary>
public sealed partial class OpenApiContractTests
{
    /// <summary>Past the per-user budget the copilot answers 429 (a fresh user, so no other call's budget counts).</summary>
    private async Task CopilotLimitsAsync()
    {
        using var asker = await _host.UserAsync(Roles.Designer);
        var operation = _recorder.Contract["AskCopilot"];
        var call = new Call(new Dictionary<string, string>(), () => Json(new { message = "list the templates" }));
        var budget = _host.Service<Microsoft.Extensions.Options.IOptions<Microfactory.Server.Features.Copilot.CopilotOptions>>().Value.MessagesPerMinute;
        for (var i = 1; i <= budget + 1; i++)
        {
            await _recorder.SendAsync(operation, asker, call, $"question {i} of a minute", i <= budget ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests);
        }
        await _recorder.SendAsync(operation, _world.Admin.Client, new Call(new Dictionary<string, string>(), () => Json(new { message = "and yesterday?", conversationId = "conv_unknown" })),
            "in an unknown conversation", HttpStatusCode.NotFound);
        var usage = _recorder.Contract["GetCopilotUsage"];
        await _recorder.SendAsync(usage, _world.Admin.Client, new Call(new Dictionary<string, string>(), () => null, "?days=30"), "over 30 days", HttpStatusCode.OK);
        await _recorder.SendAsync(usage, _world.Admin.Client, new Call(new Dictionary<string, string>(), () => null, "?days=14"), "over 14 days", HttpStatusCode.BadRequest);
        var demo = (await _world.Admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/copilot/documents")).EnumerateArray()
            .FirstOrDefault(d => d.GetProperty("source").GetString() == "demo");
        if (demo.ValueKind == JsonValueKind.Object)
        {
            await _recorder.SendAsync(_recorder.Contract["DeleteCopilotDocument"], _world.Admin.Client,
                new Call(new Dictionary<string, string> { ["id"] = demo.GetProperty("id").GetString()! }, () => null), "built in", HttpStatusCode.Conflict);
        }
    }

    private sealed partial class World
    {
        private int _copilotDays;

        public static object CopilotDocument() => new
        {
            title = "Contract manual",
            markdown = "# Contract manual\n\n## Nozzle\n\nClean the nozzle every shift.\n",
            machineIds = new[] { KwunTongDemo.Machines[0].Id },
        };

        /// <summary>A proposal the caller got (a downtime on a free day), or an id that names none for roles the copilot proposes nothing to.</summary>
        public async Task<string> CopilotProposalAsync(Caller caller)
        {
            if (caller.Role is not (Roles.Admin or Roles.Planner))
            {
                return "prop_not_offered";
            }
            var day = new DateOnly(2032, 1, 1).AddDays(Interlocked.Increment(ref _copilotDays)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var answer = await AskAsync(caller, $"record downtime on the press brake from {day} 10:00 to {day} 11:00 because of a contract check");
            Assert.True(answer.GetProperty("proposal").ValueKind == JsonValueKind.Object, $"{caller.Role}: {answer}");
            return answer.GetProperty("proposal").GetProperty("id").GetString()!;
        }

        /// <summary>A draft the caller got, or an id that names none for roles that may not accept drafts.</summary>
        public async Task<string> CopilotDraftAsync(Caller caller)
        {
            if (caller.Role is not (Roles.Admin or Roles.Planner))
            {
                return "draft_not_offered";
            }
            var answer = await AskAsync(caller, "draft an SOP for the wall shelf");
            Assert.True(answer.GetProperty("draft").ValueKind == JsonValueKind.Object, $"{caller.Role}: {answer}");
            return answer.GetProperty("draft").GetProperty("id").GetString()!;
        }

        public async Task<string> CopilotDocumentAsync()
        {
            var created = await Admin.Client.PostAsync("/api/v1/copilot/documents", Json(CopilotDocument()));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        private static async Task<JsonElement> AskAsync(Caller caller, string message)
        {
            var response = await caller.Client.PostAsync("/api/v1/copilot/messages", Json(new { message }));
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
