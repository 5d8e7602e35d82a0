using System.Text.Json;

namespace Microfactory.Copilot.Tools;

/// <summary>
/// An action a tool would take, shown to the user and run only by <see cref="CopilotToolSet.ConfirmAsync"/> once the user
/// confirms it. It carries everything needed to run it, so nothing is remembered between the two steps.
/// </summary>
/// <param name="Tool">The changing tool's name.</param>
/// <param name="Arguments">The tool's arguments, as JSON.</param>
/// <param name="Summary">What will happen, in the question's language.</param>
public sealed record ActionProposal(string Tool, JsonElement Arguments, string Summary);
