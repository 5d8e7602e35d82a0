using System.Globalization;

namespace Microfactory.Design.Geometry;

/// <summary>Invariant number formatting for files and messages: identical bytes on every machine and locale.</summary>
internal static class Format
{
    /// <summary>Up to 4 decimals (0.1 µm), no exponent, no trailing zeros: for files.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 4);
        if (rounded == 0)
        {
            rounded = 0; // avoid "-0"
        }
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A number as a person reads it in a message: thousands grouped ("1,200"), up to 4 decimals,
    /// and an exponent for magnitudes no part has ("1.5E+300"), so a hostile value cannot make a
    /// message hundreds of digits long.
    /// </summary>
    public static string Display(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? "not a number" : value > 0 ? "infinity" : "minus infinity";
        }
        var rounded = Math.Round(value, 4);
        if (rounded == 0)
        {
            return "0";
        }
        return Math.Abs(rounded) >= 1e12 || Math.Abs(rounded) < 1e-4
            ? value.ToString("0.###E+0", CultureInfo.InvariantCulture)
            : rounded.ToString("#,##0.####", CultureInfo.InvariantCulture);
    }

    public static string Mm(double value) => Display(value) + " mm";
}
