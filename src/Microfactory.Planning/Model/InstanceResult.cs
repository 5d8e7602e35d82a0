using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Planning.Model;

/// <summary>Either a valid <see cref="Instance"/> or a message naming the rule (and, for files, the line) that failed.</summary>
public sealed record InstanceResult
{
    private InstanceResult(Instance? instance, string? error)
    {
        Instance = instance;
        Error = error;
    }

    /// <summary>The instance when <see cref="IsSuccess"/>.</summary>
    public Instance? Instance { get; }

    /// <summary>The reason for failure when not <see cref="IsSuccess"/>.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Instance"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Instance))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Instance is not null;

    /// <summary>A successful result.</summary>
    public static InstanceResult Success(Instance instance) => new(instance, null);

    /// <summary>A failed result.</summary>
    public static InstanceResult Failure(string error) => new(null, error);
}
