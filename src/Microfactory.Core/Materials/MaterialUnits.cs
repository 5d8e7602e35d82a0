namespace Microfactory.Core.Materials;

/// <summary>The short symbols used on the wire and in files for <see cref="MaterialUnit"/>.</summary>
public static class MaterialUnits
{
    public static IReadOnlyList<string> Symbols { get; } = ["kg", "m2", "m", "piece"];

    public static string ToSymbol(this MaterialUnit unit) => unit switch
    {
        MaterialUnit.Kilogram => "kg",
        MaterialUnit.SquareMetre => "m2",
        MaterialUnit.Metre => "m",
        MaterialUnit.Piece => "piece",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown material unit."),
    };

    public static bool TryParse(string? symbol, out MaterialUnit unit)
    {
        switch (symbol)
        {
            case "kg": unit = MaterialUnit.Kilogram; return true;
            case "m2": unit = MaterialUnit.SquareMetre; return true;
            case "m": unit = MaterialUnit.Metre; return true;
            case "piece": unit = MaterialUnit.Piece; return true;
            default: unit = default; return false;
        }
    }
}
