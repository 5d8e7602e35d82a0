namespace Microfactory.Design.Materials;

/// <summary>The unit a material is bought, priced and accounted in.</summary>
public enum MaterialUnit
{
    /// <summary>Kilogram (sheet metal, filament, powder).</summary>
    Kilogram,

    /// <summary>Square metre (panels such as plywood, MDF, acrylic).</summary>
    SquareMetre,

    /// <summary>Metre (profiles, tubes, edge banding).</summary>
    Metre,

    /// <summary>One piece (fasteners, feet, cartons).</summary>
    Piece,
}
