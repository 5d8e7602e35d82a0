using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 that follows a script: to a conversation without a tool
/// result it answers one call of <see cref="ToolName"/> with <see cref="ToolArguments"/>; once the tool result comes
/// back it answers <see cref="FinalAnswer"/>. Every request body is kept for the test to read.
/// </summary>
internal sealed class ScriptedChatModel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<JsonNode> _requests = [];
    private readonly Lock _lock = new();

    private ScriptedChatModel(WebApplication app) => _app = app;

    public required string ToolName { get; init; }

    public required string ToolArguments { get; set; }

    public required string FinalAnswer { get; init; }

    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<JsonNode> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The content of the tool messages the model was sent, in order.</summary>
    public IReadOnlyList<string> ToolResults => [.. Requests.SelectMany(r => r["messages"]!.AsArray())
        .Where(m => m!["role"]!.GetValue<string>() == "tool").Select(m => m!["content"]!.GetValue<string>()).Distinct()];

    public static async Task<ScriptedChatModel> StartAsync(string toolName, string toolArguments, string finalAnswer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var port = FreePort.Next();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var model = new ScriptedChatModel(app) { ToolName = toolName, ToolArguments = toolArguments, FinalAnswer = finalAnswer, Endpoint = $"http://127.0.0.1:{port}/v1" };
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var request = (await JsonNode.ParseAsync(context.Request.Body))!;
            lock (model._lock)
            {
                model._requests.Add(request);
            }
            var answered = request["messages"]!.AsArray().Any(m => m!["role"]!.GetValue<string>() == "tool");
            var message = answered
                ? new JsonObject { ["role"] = "assistant", ["content"] = model.FinalAnswer }
                : new JsonObject
                {
                    ["role"] = "assistant", ["content"] = null,
                    ["tool_calls"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "call_1", ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = model.ToolName, ["arguments"] = model.ToolArguments },
                    }),
                };
            var response = new JsonObject
            {
                ["id"] = "chatcmpl-scripted", ["object"] = "chat.completion", ["created"] = 1_800_000_000, ["model"] = request["model"]!.GetValue<string>(),
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = answered ? "stop" : "tool_calls" }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
            };
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString());
        });
        await app.StartAsync();
        return model;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
