using System.Net;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>/mcp with the MCP client over streamable HTTP: the caller's read tools only, each run as the caller, API keys required.</summary>
public sealed class CopilotMcpTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Fact]
    public async Task ListTools_PerRole_OnlyTheRolesReadTools()
    {
        var host = fixture.Host("sqlite");
        using var planner = await host.UserAsync("planner");
        using var customer = await host.UserAsync("customer", await host.CreateCustomerAsync("MCP lister"));

        var plannerTools = await ToolNamesAsync(host, planner);
        var customerTools = await ToolNamesAsync(host, customer);

        Assert.Contains("get_live_plan", plannerTools);
        Assert.Contains("search_documents", plannerTools);
        Assert.DoesNotContain("record_downtime", plannerTools);
        Assert.DoesNotContain("change_priority", plannerTools);
        Assert.Contains("get_order", customerTools);
        Assert.DoesNotContain("get_live_plan", customerTools);
        Assert.DoesNotContain("get_machine_states", customerTools);
    }

    [Fact]
    public async Task CallTool_GetOrder_RunsAsTheCallerSoAnotherCustomersOrderIsNotFound()
    {
        var host = fixture.Host("sqlite");
        var ownerId = await host.CreateCustomerAsync("Orchid Interiors MCP");
        using var owner = await host.UserAsync("customer", ownerId);
        using var other = await host.UserAsync("customer", await host.CreateCustomerAsync("Nosy Neighbour MCP"));
        var orderId = await CopilotApiTests.OrderAsync(host, ownerId);

        var own = await CallAsync(host, owner, "get_order", new Dictionary<string, object?> { ["order"] = orderId });
        var foreign = await CallAsync(host, other, "get_order", new Dictionary<string, object?> { ["order"] = orderId });

        Assert.Equal("Ok", own.GetProperty("status").GetString());
        Assert.Equal("Orchid Interiors MCP", own.GetProperty("data").GetProperty("customerName").GetString());
        Assert.Equal("NotFound", foreign.GetProperty("status").GetString());
        Assert.DoesNotContain("Orchid", foreign.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_WithoutAnApiKey_Is401()
    {
        using var anonymous = fixture.Host("sqlite").Anonymous();

        var response = await anonymous.PostAsync("/mcp", new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<IReadOnlyList<string>> ToolNamesAsync(TestHost host, HttpClient client)
    {
        await using var mcp = await ConnectAsync(host, client);
        return [.. (await mcp.ListToolsAsync()).Select(t => t.Name)];
    }

    private static async Task<JsonElement> CallAsync(TestHost host, HttpClient client, string tool, IReadOnlyDictionary<string, object?> arguments)
    {
        await using var mcp = await ConnectAsync(host, client);
        var result = await mcp.CallToolAsync(tool, arguments);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<McpClient> ConnectAsync(TestHost host, HttpClient client) =>
        McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(host.Address, "/mcp") }, client, ownsHttpClient: false));
}
