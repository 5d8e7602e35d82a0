namespace Microfactory.Carbon.Model;

/// <summary>Whether a footprint is estimated for a design or accounted for a produced unit.</summary>
public enum FootprintKind
{
    /// <summary>A design's expected footprint (used by quotes): planned energy, planned materials.</summary>
    Estimate,

    /// <summary>A produced unit's footprint from its as-built record: metered energy, consumed materials.</summary>
    Actual,
}
