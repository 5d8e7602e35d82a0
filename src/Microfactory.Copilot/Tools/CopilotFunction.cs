using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tools;

/// <summary>A <see cref="CopilotTool"/> bound to one user, as an <see cref="AIFunction"/> a model can call.</summary>
internal sealed class CopilotFunction(CopilotToolSet tools, CopilotTool tool, CopilotUser user) : AIFunction
{
    public override string Name => tool.Name;

    public override string Description => tool.Description;

    public override JsonElement JsonSchema => tool.ParametersSchema;

    public override JsonSerializerOptions JsonSerializerOptions => ToolJson.Options;

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToElement(new Dictionary<string, object?>(arguments), ToolJson.Options);
        var outcome = await tools.InvokeAsync(user, tool.Name, json, cancellationToken).ConfigureAwait(false);
        // What the model reads: the status, the data, the records it may cite, and a proposal it must show, never run.
        return JsonSerializer.SerializeToElement(
            new FunctionReply(outcome.Status, outcome.Data, outcome.Citations, outcome.Proposal, outcome.Message), ToolJson.Options);
    }

    private sealed record FunctionReply(ToolStatus Status, object? Data, IReadOnlyList<Citation> Citations, ActionProposal? Proposal, string? Message);
}
