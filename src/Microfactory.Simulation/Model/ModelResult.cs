using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Simulation.Model;

/// <summary>Either a valid <see cref="SimulationModel"/> or a message naming the field and the rule that failed.</summary>
public sealed record ModelResult
{
    private ModelResult(SimulationModel? model, string? error)
    {
        Model = model;
        Error = error;
    }

    /// <summary>The model when <see cref="IsSuccess"/>.</summary>
    public SimulationModel? Model { get; }

    /// <summary>The reason for failure when not <see cref="IsSuccess"/>, starting with the field path.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Model"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Model))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Model is not null;

    /// <summary>A successful result.</summary>
    public static ModelResult Success(SimulationModel model) => new(model, null);

    /// <summary>A failed result.</summary>
    public static ModelResult Failure(string error) => new(null, error);
}
