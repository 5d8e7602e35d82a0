using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tools;

/// <summary>
/// One typed tool: a name and description for a model, the JSON schema of its arguments, the roles that may use it, and
/// whether it changes something (then it is only ever proposed by <see cref="CopilotToolSet.InvokeAsync"/>).
/// </summary>
public sealed class CopilotTool
{
    private readonly Func<CopilotUser, object, CancellationToken, Task<ToolOutcome>> _run;
    private readonly Func<object, string?> _validate;
    private readonly Func<object, string> _describe;

    private CopilotTool(
        string name, string description, Type argumentsType, IReadOnlyList<CopilotRole> roles, bool changesState,
        Func<CopilotUser, object, CancellationToken, Task<ToolOutcome>> run, Func<object, string?> validate, Func<object, string> describe)
    {
        Name = name;
        Description = description;
        ArgumentsType = argumentsType;
        Roles = roles;
        ChangesState = changesState;
        ParametersSchema = AIJsonUtilities.CreateJsonSchema(argumentsType, serializerOptions: ToolJson.Options);
        _run = run;
        _validate = validate;
        _describe = describe;
    }

    /// <summary>The name a model calls it by (snake_case).</summary>
    public string Name { get; }

    /// <summary>What it does, for a model and for people.</summary>
    public string Description { get; }

    /// <summary>The JSON schema of its arguments object.</summary>
    public JsonElement ParametersSchema { get; }

    /// <summary>The .NET type its arguments bind to.</summary>
    public Type ArgumentsType { get; }

    /// <summary>The roles that may use it.</summary>
    public IReadOnlyList<CopilotRole> Roles { get; }

    /// <summary>Whether it changes something (then it needs the user's confirmation).</summary>
    public bool ChangesState { get; }

    /// <summary>Whether <paramref name="role"/> may use it.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(CopilotRole role) => Roles.Contains(role);

    internal static CopilotTool Create<TArguments>(
        string name, string description, IReadOnlyList<CopilotRole> roles, bool changesState,
        Func<CopilotUser, TArguments, CancellationToken, Task<ToolOutcome>> run, Func<TArguments, string?>? validate = null,
        Func<TArguments, string>? describe = null)
        where TArguments : class =>
        new(name, description, typeof(TArguments), roles, changesState,
            (user, arguments, cancellationToken) => run(user, (TArguments)arguments, cancellationToken),
            arguments => validate?.Invoke((TArguments)arguments),
            arguments => describe?.Invoke((TArguments)arguments) ?? name);

    /// <summary>Binds and checks arguments: the arguments object, or the problem naming the field and the rule.</summary>
    internal (object? Arguments, string? Problem) Bind(JsonElement json)
    {
        object? arguments;
        try
        {
            arguments = json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                ? JsonSerializer.Deserialize("{}", ArgumentsType, ToolJson.Options)
                : json.Deserialize(ArgumentsType, ToolJson.Options);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "arguments" : e.Path.TrimStart('$', '.');
            return (null, $"{field}: not valid for {Name} ({e.Message.Split('.')[0]}).");
        }
        if (arguments is null)
        {
            return (null, $"arguments: {Name} needs an arguments object.");
        }
        return _validate(arguments) is { } problem ? (null, problem) : (arguments, null);
    }

    internal Task<ToolOutcome> RunAsync(CopilotUser user, object arguments, CancellationToken cancellationToken) => _run(user, arguments, cancellationToken);

    internal string Describe(object arguments) => _describe(arguments);
}
