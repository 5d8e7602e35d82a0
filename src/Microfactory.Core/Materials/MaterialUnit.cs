namespace Microfactory.Core.Materials;

/// <summary>The unit a material is bought, priced and counted in.</summary>
public enum MaterialUnit
{
    Kilogram,
    SquareMetre,
    Metre,
    Piece,
}
