namespace Microfactory.Passport.Content;

/// <summary>One material of the bill of materials, as the Material Composition submodel states it.</summary>
/// <param name="Name">Material name, for example <c>Birch plywood</c>.</param>
/// <param name="MassKg">Mass of this material in one unit, in kilograms, at least 0.</param>
/// <param name="RecycledContentPercent">Share of the mass that is recycled (post- and pre-consumer), in percent, 0 to 100.</param>
/// <param name="RecyclablePercent">Share of the mass that can be recycled at end of life, in percent, 0 to 100.</param>
public sealed record BomMaterial(string Name, decimal MassKg, decimal RecycledContentPercent, decimal RecyclablePercent)
{
    /// <summary>Our material id (for example <c>mat_birch_ply_6</c>); optional.</summary>
    public string? MaterialId { get; init; }

    /// <summary>Material family, for example <c>wood</c>, <c>metal</c>, <c>polymer</c>; optional.</summary>
    public string? Category { get; init; }
}
