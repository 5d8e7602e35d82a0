using Microfactory.Design.Geometry;

namespace Microfactory.Design.Evaluation;

/// <summary>
/// Quantities and units as people read them ("2 pieces", "0.45 m²", "1,200 mm"), for UIs, the CLI
/// and messages. The API and design.json keep the machine-readable unit codes (<c>piece</c>, <c>m2</c>).
/// </summary>
public static class DisplayText
{
    /// <summary>A quantity with its unit: "1 piece", "2 pieces", "0.4513 m²", "1,200 mm"; up to 4 decimals, thousands grouped.</summary>
    /// <param name="quantity">The number, in <paramref name="unit"/>.</param>
    /// <param name="unit">A unit code as the design gives it (kg, m2, m, piece, mm, kg/m3 …); empty for a plain number.</param>
    public static string Quantity(double quantity, string unit)
    {
        var number = Format.Display(quantity);
        if (unit == "piece")
        {
            return number + (number == "1" ? " piece" : " pieces");
        }
        var shown = Unit(unit);
        return shown.Length == 0 ? number : number + " " + shown;
    }

    /// <summary>A unit code written for people: m2 → m², mm3 → mm³, kg/m3 → kg/m³, kgCO2e → kg CO2e; others as they are.</summary>
    public static string Unit(string unit) =>
        string.Join("/", unit.Split('/').Select(atom => atom switch
        {
            "mm2" or "cm2" or "m2" => atom[..^1] + "²",
            "mm3" or "cm3" or "m3" => atom[..^1] + "³",
            "kgCO2e" => "kg CO2e",
            "gCO2e" => "g CO2e",
            _ => atom,
        }));
}
