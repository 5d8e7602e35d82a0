using System.Text.Json;
using Microfactory.Copilot.Tests.Fixture;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tests.Tools;

/// <summary>
/// The tool set driven the way a model drives it: Microsoft.Extensions.AI's <see cref="FunctionInvokingChatClient"/> over a
/// scripted "model" that asks for a tool call and then answers from the tool's result.
/// </summary>
public sealed class FunctionCallingTests
{
    [Fact]
    public async Task FunctionInvokingClient_ModelCallsATool_RunsAsTheUserAndTheModelReadsTheResult()
    {
        var plant = new SyntheticPlant();
        var model = new ScriptedModel("get_oee", new Dictionary<string, object?> { ["machine"] = "mch_laser", ["period"] = "LastShift" });
        using var client = new FunctionInvokingChatClient(model);

        var response = await client.GetResponseAsync("what was the OEE of the laser last shift?", new ChatOptions { Tools = plant.Tools.AsAIFunctions(PlantData.Operator) });

        var result = Assert.Single(model.ToolResults);
        Assert.Equal("Ok", result.GetProperty("status").GetString());
        Assert.Equal(0.7497m, result.GetProperty("data")[0].GetProperty("oee").GetDecimal());
        Assert.Equal("/shopfloor/dashboard", result.GetProperty("citations")[0].GetProperty("link").GetString());
        Assert.Equal("The model read: Ok", response.Text);
    }

    [Fact]
    public async Task FunctionInvokingClient_ModelCallsAToolTheRoleLacks_NoDataReachesTheModel()
    {
        var plant = new SyntheticPlant();
        var model = new ScriptedModel("get_oee", new Dictionary<string, object?> { ["period"] = "LastShift" });
        using var client = new FunctionInvokingChatClient(model);

        await client.GetResponseAsync("OEE?", new ChatOptions { Tools = plant.Tools.AsAIFunctions(PlantData.Acme) });

        Assert.Empty(model.ToolResults);
        Assert.DoesNotContain("0.7497", model.RawResults, StringComparison.Ordinal);
        Assert.Equal(0, plant.Data.Calls);
    }

    [Fact]
    public async Task FunctionInvokingClient_ModelCallsAnAction_GetsAProposalAndNothingChanges()
    {
        var plant = new SyntheticPlant();
        var model = new ScriptedModel("change_priority", new Dictionary<string, object?> { ["order"] = "SO-1042", ["priority"] = 5 });
        using var client = new FunctionInvokingChatClient(model);

        await client.GetResponseAsync("rush SO-1042", new ChatOptions { Tools = plant.Tools.AsAIFunctions(PlantData.Planner) });

        Assert.Equal("Proposed", Assert.Single(model.ToolResults).GetProperty("status").GetString());
        Assert.Empty(plant.Actions.Done);
    }

    /// <summary>First turn: one tool call. Second turn: says what status it read back.</summary>
    private sealed class ScriptedModel(string tool, Dictionary<string, object?> arguments) : IChatClient
    {
        public List<JsonElement> ToolResults { get; } = [];

        public string RawResults { get; private set; } = string.Empty;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var results = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().ToList();
            if (results.Count == 0)
            {
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_1", tool, arguments)])));
            }
            RawResults = string.Join("\n", results.Select(r => r.Result?.ToString() ?? r.Exception?.Message ?? string.Empty));
            ToolResults.AddRange(results.Select(r => r.Result).OfType<JsonElement>());
            var status = ToolResults.Count > 0 ? ToolResults[0].GetProperty("status").GetString() : "nothing";
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"The model read: {status}")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
