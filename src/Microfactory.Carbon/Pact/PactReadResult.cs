using System.Diagnostics.CodeAnalysis;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Pact;

/// <summary>A PACT footprint read for the engine (<see cref="Footprint"/> and its <see cref="Header"/>), or the <see cref="Problem"/> that refused it.</summary>
public sealed record PactReadResult
{
    private PactReadResult(SupplierFootprint? footprint, PactFootprintHeader? header, Problem? problem)
    {
        Footprint = footprint;
        Header = header;
        Problem = problem;
    }

    /// <summary>The engine's view of the footprint when <see cref="IsSuccess"/>.</summary>
    public SupplierFootprint? Footprint { get; }

    /// <summary>Ids, owner, product and periods when <see cref="IsSuccess"/>.</summary>
    public PactFootprintHeader? Header { get; }

    /// <summary>The field (a path such as <c>pcf.fossilGhgEmissions</c>) and the rule it broke.</summary>
    public Problem? Problem { get; }

    /// <summary>True when the document was read.</summary>
    [MemberNotNullWhen(true, nameof(Footprint), nameof(Header))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    internal static PactReadResult Success(SupplierFootprint footprint, PactFootprintHeader header) => new(footprint, header, null);

    internal static PactReadResult Failure(Problem problem) => new(null, null, problem);
}
