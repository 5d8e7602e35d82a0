using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Simulation.Engine;

/// <summary>The outcome of a call on a <see cref="Simulator"/>: success, or a message naming the field and the rule (and then nothing changed).</summary>
public sealed record CommandResult
{
    private CommandResult(string? error) => Error = error;

    /// <summary>The shared success.</summary>
    public static CommandResult Ok { get; } = new((string?)null);

    /// <summary>Why the call was refused, or null on success.</summary>
    public string? Error { get; }

    /// <summary>True when the call took effect.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A refused call.</summary>
    public static CommandResult Failure(string error) => new(error);
}
