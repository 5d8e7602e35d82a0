using System.Collections.Frozen;

namespace Microfactory.Design.Units;

/// <summary>
/// The units the expression language and the template format understand. Values are held in
/// SI base units (m, kg, s, HKD, kg CO2e) internally; a unit is a symbol, a dimension and a factor.
/// </summary>
internal static class UnitTable
{
    private static readonly FrozenDictionary<string, Unit> Units = Build().ToFrozenDictionary(u => u.Symbol, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Dimension, string> DimensionNames = new Dictionary<Dimension, string>
    {
        [Dimension.None] = "dimensionless",
        [Dimension.LengthDim] = "length",
        [Dimension.Area] = "area",
        [Dimension.Volume] = "volume",
        [Dimension.MassDim] = "mass",
        [Dimension.TimeDim] = "time",
        [Dimension.Energy] = "energy",
        [Dimension.Power] = "power",
        [Dimension.MoneyDim] = "money",
        [Dimension.Co2Dim] = "emissions",
        [Dimension.Density] = "density",
    }.ToFrozenDictionary();

    /// <summary>Every unit symbol, for documentation and error messages.</summary>
    public static IEnumerable<string> Symbols => Units.Keys.Order(StringComparer.Ordinal);

    public static string? DimensionName(Dimension dimension) => DimensionNames.GetValueOrDefault(dimension);

    public static bool TryGet(string symbol, out Unit unit)
    {
        if (Units.TryGetValue(symbol, out var found))
        {
            unit = found;
            return true;
        }
        unit = null!;
        return false;
    }

    /// <summary>Parses a unit written as atoms joined by '/' (for example "kg/m3" or "mm/s"); null if any atom is unknown.</summary>
    public static Unit? Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 0 || !TryGet(parts[0].Trim(), out var unit))
        {
            return null;
        }
        for (var i = 1; i < parts.Length; i++)
        {
            if (!TryGet(parts[i].Trim(), out var divisor))
            {
                return null;
            }
            unit = new Unit(unit.Symbol + "/" + divisor.Symbol, unit.Dimension / divisor.Dimension, unit.ToSi / divisor.ToSi);
        }
        return unit;
    }

    /// <summary>The unit used to show a value of this dimension when the template names none.</summary>
    public static Unit DefaultDisplay(Dimension dimension) =>
        dimension.IsNone ? new Unit("", Dimension.None, 1)
        : DisplaySymbols.TryGetValue(dimension, out var symbol) ? Parse(symbol)! : new Unit(dimension.ToString(), dimension, 1);

    private static readonly FrozenDictionary<Dimension, string> DisplaySymbols = new Dictionary<Dimension, string>
    {
        [Dimension.LengthDim] = "mm",
        [Dimension.Area] = "m2",
        [Dimension.Volume] = "m3",
        [Dimension.MassDim] = "kg",
        [Dimension.TimeDim] = "s",
        [Dimension.Energy] = "kWh",
        [Dimension.Power] = "kW",
        [Dimension.MoneyDim] = "HKD",
        [Dimension.Co2Dim] = "kgCO2e",
        [Dimension.Density] = "kg/m3",
    }.ToFrozenDictionary();

    private static IEnumerable<Unit> Build()
    {
        var length = Dimension.LengthDim;
        yield return new("mm", length, 0.001);
        yield return new("cm", length, 0.01);
        yield return new("m", length, 1);
        yield return new("mm2", Dimension.Area, 1e-6);
        yield return new("mm²", Dimension.Area, 1e-6);
        yield return new("cm2", Dimension.Area, 1e-4);
        yield return new("cm²", Dimension.Area, 1e-4);
        yield return new("m2", Dimension.Area, 1);
        yield return new("m²", Dimension.Area, 1);
        yield return new("mm3", Dimension.Volume, 1e-9);
        yield return new("mm³", Dimension.Volume, 1e-9);
        yield return new("cm3", Dimension.Volume, 1e-6);
        yield return new("cm³", Dimension.Volume, 1e-6);
        yield return new("m3", Dimension.Volume, 1);
        yield return new("m³", Dimension.Volume, 1);
        yield return new("l", Dimension.Volume, 1e-3);
        yield return new("g", Dimension.MassDim, 1e-3);
        yield return new("kg", Dimension.MassDim, 1);
        yield return new("s", Dimension.TimeDim, 1);
        yield return new("min", Dimension.TimeDim, 60);
        yield return new("h", Dimension.TimeDim, 3600);
        yield return new("J", Dimension.Energy, 1);
        yield return new("Wh", Dimension.Energy, 3600);
        yield return new("kWh", Dimension.Energy, 3.6e6);
        yield return new("W", Dimension.Power, 1);
        yield return new("kW", Dimension.Power, 1000);
        yield return new("HKD", Dimension.MoneyDim, 1);
        yield return new("kgCO2e", Dimension.Co2Dim, 1);
        yield return new("gCO2e", Dimension.Co2Dim, 1e-3);
        yield return new("deg", Dimension.None, Math.PI / 180);
        yield return new("rad", Dimension.None, 1);
        yield return new("%", Dimension.None, 0.01);
        yield return new("pcs", Dimension.None, 1);
    }
}
