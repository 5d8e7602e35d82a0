using System.Text.Json;
using Microfactory.Copilot.Tools.Host;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tools;

/// <summary>
/// The copilot's tools over the host's implementations. Both engines go through here: the offline engine by name, a model
/// through <see cref="AsAIFunctions"/>. It refuses a tool the role may not use, never runs a changing tool without
/// confirmation, and checks the role again when the confirmation comes.
/// </summary>
public sealed class CopilotToolSet
{
    private readonly Dictionary<string, CopilotTool> _byName;

    /// <summary>Builds the tool set over the host's tools.</summary>
    /// <param name="plant">The host's implementations.</param>
    public CopilotToolSet(PlantTools plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        Plant = plant;
        Tools = [.. ReadTools.Create(plant), .. ActionTools.Create(plant)];
        _byName = Tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Every tool, read tools first.</summary>
    public IReadOnlyList<CopilotTool> Tools { get; }

    /// <summary>The host's implementations (the drafting and document features use them directly).</summary>
    public PlantTools Plant { get; }

    /// <summary>A tool by name, or null.</summary>
    /// <param name="name">The tool's name.</param>
    /// <returns>The tool, or null.</returns>
    public CopilotTool? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Calls a tool as <paramref name="user"/>. A read tool answers; a changing tool answers <see cref="ToolStatus.Proposed"/>
    /// with the proposal to confirm and does nothing else.
    /// </summary>
    /// <param name="user">The asking user.</param>
    /// <param name="name">The tool's name.</param>
    /// <param name="arguments">The arguments object.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    public async Task<ToolOutcome> InvokeAsync(CopilotUser user, string name, JsonElement arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Find(name) is not { } tool)
        {
            return new ToolOutcome(ToolStatus.Invalid, null, [], Message: $"name: there is no tool '{name}'.");
        }
        if (!tool.Allows(user.Role))
        {
            return new ToolOutcome(ToolStatus.NotAllowed, null, [], Message: $"The role {user.Role} may not use {tool.Name}.");
        }
        var (bound, problem) = tool.Bind(arguments);
        if (bound is null)
        {
            return new ToolOutcome(ToolStatus.Invalid, null, [], Message: problem);
        }
        if (tool.ChangesState)
        {
            var proposal = new ActionProposal(tool.Name, JsonSerializer.SerializeToElement(bound, tool.ArgumentsType, ToolJson.Options), tool.Describe(bound));
            return new ToolOutcome(ToolStatus.Proposed, null, [], proposal);
        }
        return await tool.RunAsync(user, bound, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a proposal the user confirmed, if the user's role may do it directly.</summary>
    /// <param name="user">The confirming user (not necessarily the one who asked).</param>
    /// <param name="proposal">The proposal as shown.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="ToolStatus.Done"/> or <see cref="ToolStatus.Refused"/>, or why it could not run.</returns>
    public async Task<ToolOutcome> ConfirmAsync(CopilotUser user, ActionProposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(proposal);
        if (Find(proposal.Tool) is not { ChangesState: true } tool)
        {
            return new ToolOutcome(ToolStatus.Invalid, null, [], Message: $"tool: '{proposal.Tool}' is not an action.");
        }
        if (!tool.Allows(user.Role))
        {
            return new ToolOutcome(ToolStatus.NotAllowed, null, [], Message: $"The role {user.Role} may not use {tool.Name}.");
        }
        var (bound, problem) = tool.Bind(proposal.Arguments);
        if (bound is null)
        {
            return new ToolOutcome(ToolStatus.Invalid, null, [], Message: problem);
        }
        return await tool.RunAsync(user, bound, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The tools <paramref name="user"/>'s role may use, as functions for an <see cref="IChatClient"/> with function calling.
    /// Each runs under that user; a changing one returns its proposal instead of acting.
    /// </summary>
    /// <param name="user">The asking user.</param>
    /// <returns>The functions.</returns>
    public IList<AITool> AsAIFunctions(CopilotUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. Tools.Where(t => t.Allows(user.Role)).Select(t => (AITool)new CopilotFunction(this, t, user))];
    }
}
