using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>
/// The model engine against a scripted OpenAI-compatible server: the model's tool call runs as the asking user, the
/// result goes back to the model, and citations come from the tool results.
/// </summary>
public sealed class CopilotModelTests
{
    private const string Table = "| order | status |\n|---|---|\n| the order | submitted |";

    [Fact]
    public async Task Ask_ModelCallsGetOrder_ToolRunsAsTheCustomerAndItsResultReachesTheModel()
    {
        await using var model = await ScriptedChatModel.StartAsync("get_order", "{}", "Here is what I found.\n\n" + Table);
        await using var host = await TestHost.StartAsync(settings:
            [$"--Microfactory:Copilot:Endpoint={model.Endpoint}", "--Microfactory:Copilot:Model=scripted-model", "--Microfactory:Copilot:ApiKey=test-key"]);
        var ownerId = await host.CreateCustomerAsync("Orchid Interiors Model");
        var otherId = await host.CreateCustomerAsync("Nosy Neighbour Model");
        using var owner = await host.UserAsync("customer", ownerId);
        using var other = await host.UserAsync("customer", otherId);
        var orderId = await CopilotApiTests.OrderAsync(host, ownerId);
        model.ToolArguments = JsonSerializer.Serialize(new { order = orderId });

        var foreign = await AskAsync(other, $"what is the status of order {orderId}?");
        var foreignResults = model.ToolResults;
        var own = await AskAsync(owner, $"what is the status of order {orderId}?");
        var ownResult = model.ToolResults.Except(foreignResults).Single();

        var foreignResult = Assert.Single(foreignResults);
        Assert.Equal("NotFound", JsonDocument.Parse(foreignResult).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("Orchid", foreignResult, StringComparison.Ordinal);
        Assert.Empty(foreign.GetProperty("citations").EnumerateArray());
        Assert.Equal("model", foreign.GetProperty("engine").GetString());
        Assert.Equal("Ok", JsonDocument.Parse(ownResult).RootElement.GetProperty("status").GetString());
        Assert.Contains("Orchid Interiors Model", ownResult, StringComparison.Ordinal);
        var citation = Assert.Single(own.GetProperty("citations").EnumerateArray());
        Assert.Equal(orderId, citation.GetProperty("id").GetString());
        Assert.Equal($"/orders/{orderId}", citation.GetProperty("href").GetString());
        var table = Assert.Single(own.GetProperty("tables").EnumerateArray());
        Assert.Equal(["order", "status"], table.GetProperty("header").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("submitted", table.GetProperty("rows")[0][1].GetString());
        // The model was offered only the customer's tools, under the configured model name.
        var offered = model.Requests[^1]["tools"]!.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("get_order", offered);
        Assert.DoesNotContain("get_live_plan", offered);
        Assert.Equal("scripted-model", model.Requests[^1]["model"]!.GetValue<string>());
        // Both questions are counted as the model's, in the customer role, and the question's text is not kept.
        await using var connection = await host.Database.Database.OpenAsync();
        var usage = (await Dapper.SqlMapper.QueryAsync<(string Engine, string Role, string Kind, long Answered)>(connection,
            "SELECT engine, role, kind, answered FROM copilot_usage ORDER BY id")).ToList();
        Assert.Equal([("model", "customer", "answer", 1L), ("model", "customer", "answer", 1L)], usage);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string message)
    {
        var response = await client.PostAsJsonAsync("/api/v1/copilot/messages", new { message }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
