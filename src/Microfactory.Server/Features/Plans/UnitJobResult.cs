using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Server.Features.Plans;

/// <summary>A unit's job, or why the factory cannot make it (<see cref="Error"/> names the step and the capability no machine has).</summary>
internal sealed record UnitJobResult(UnitJob? Value, string? StepId, string? Error)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    public static UnitJobResult Ok(UnitJob job) => new(job, null, null);

    public static UnitJobResult Failure(string stepId, string error) => new(null, stepId, error);
}
