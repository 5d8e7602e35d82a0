using System.Diagnostics.CodeAnalysis;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>Either a <see cref="Footprint"/> or the <see cref="Problem"/> that prevented it.</summary>
public sealed record FootprintResult
{
    private FootprintResult(Footprint? footprint, Problem? problem)
    {
        Footprint = footprint;
        Problem = problem;
    }

    /// <summary>The footprint when <see cref="IsSuccess"/>.</summary>
    public Footprint? Footprint { get; }

    /// <summary>The field and rule that failed when not <see cref="IsSuccess"/>.</summary>
    public Problem? Problem { get; }

    /// <summary>True when <see cref="Footprint"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Footprint))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Footprint is not null;

    /// <summary>A successful result.</summary>
    public static FootprintResult Success(Footprint footprint) => new(footprint, null);

    /// <summary>A failed result.</summary>
    public static FootprintResult Failure(Problem problem) => new(null, problem);
}
