using System.Globalization;
using System.Text;

namespace Microfactory.Design.Units;

/// <summary>
/// The physical dimension of a quantity as integer exponents of the five base dimensions the
/// templates need: length (m), mass (kg), time (s), money (HKD) and emissions (kg CO2e).
/// Emissions are kept apart from mass so that a template cannot add kg CO2e to kg of steel.
/// </summary>
internal readonly record struct Dimension(sbyte Length, sbyte Mass, sbyte Time, sbyte Money, sbyte Co2)
{
    public static readonly Dimension None = default;
    public static readonly Dimension LengthDim = new(1, 0, 0, 0, 0);
    public static readonly Dimension Area = new(2, 0, 0, 0, 0);
    public static readonly Dimension Volume = new(3, 0, 0, 0, 0);
    public static readonly Dimension MassDim = new(0, 1, 0, 0, 0);
    public static readonly Dimension TimeDim = new(0, 0, 1, 0, 0);
    public static readonly Dimension Energy = new(2, 1, -2, 0, 0);
    public static readonly Dimension Power = new(2, 1, -3, 0, 0);
    public static readonly Dimension MoneyDim = new(0, 0, 0, 1, 0);
    public static readonly Dimension Co2Dim = new(0, 0, 0, 0, 1);
    public static readonly Dimension Density = new(-3, 1, 0, 0, 0);

    public bool IsNone => this == None;

    public static Dimension operator *(Dimension a, Dimension b) =>
        new((sbyte)(a.Length + b.Length), (sbyte)(a.Mass + b.Mass), (sbyte)(a.Time + b.Time), (sbyte)(a.Money + b.Money), (sbyte)(a.Co2 + b.Co2));

    public static Dimension operator /(Dimension a, Dimension b) =>
        new((sbyte)(a.Length - b.Length), (sbyte)(a.Mass - b.Mass), (sbyte)(a.Time - b.Time), (sbyte)(a.Money - b.Money), (sbyte)(a.Co2 - b.Co2));

    /// <summary>Raises to an integer power; exponents are bounded by the expression limits, so they fit in a byte.</summary>
    public Dimension Pow(int n) =>
        new((sbyte)(Length * n), (sbyte)(Mass * n), (sbyte)(Time * n), (sbyte)(Money * n), (sbyte)(Co2 * n));

    /// <summary>True when every exponent is even, so the square root has a dimension.</summary>
    public bool HasSquareRoot => Length % 2 == 0 && Mass % 2 == 0 && Time % 2 == 0 && Money % 2 == 0 && Co2 % 2 == 0;

    public Dimension Sqrt() => new((sbyte)(Length / 2), (sbyte)(Mass / 2), (sbyte)(Time / 2), (sbyte)(Money / 2), (sbyte)(Co2 / 2));

    /// <summary>A readable name for messages, e.g. "length", "mass", or "m^-3·kg".</summary>
    public override string ToString()
    {
        var known = UnitTable.DimensionName(this);
        if (known is not null)
        {
            return known;
        }
        var builder = new StringBuilder();
        Append(builder, "m", Length);
        Append(builder, "kg", Mass);
        Append(builder, "s", Time);
        Append(builder, "HKD", Money);
        Append(builder, "kgCO2e", Co2);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string symbol, sbyte exponent)
    {
        if (exponent == 0)
        {
            return;
        }
        if (builder.Length > 0)
        {
            builder.Append('·');
        }
        builder.Append(symbol);
        if (exponent != 1)
        {
            builder.Append('^').Append(exponent.ToString(CultureInfo.InvariantCulture));
        }
    }
}
