using System.Globalization;

namespace Microfactory.Design.Geometry;

/// <summary>Invariant number formatting for files and messages: identical bytes on every machine and locale.</summary>
internal static class Format
{
    /// <summary>Up to 4 decimals (0.1 µm), no exponent, no trailing zeros.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 4);
        if (rounded == 0)
        {
            rounded = 0; // avoid "-0"
        }
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    public static string Mm(double value) => Number(value) + " mm";
}
