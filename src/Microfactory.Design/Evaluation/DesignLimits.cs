namespace Microfactory.Design.Evaluation;

/// <summary>
/// What one unit of product can sensibly need. A result beyond a bound comes from values (or a
/// template) no microfactory can make, and a number that large would overflow money or files;
/// the evaluator refuses it with a message naming the parameters behind it.
/// </summary>
internal static class DesignLimits
{
    /// <summary>Most of one material a BOM line may hold, in the material's unit (kg, m², m or pieces).</summary>
    public const double MaxQuantity = 1_000_000;

    /// <summary>Largest cost of one BOM line, in the price currency.</summary>
    public const double MaxLineCost = 1_000_000_000;

    /// <summary>Longest set-up or run time of one operation: 16 weeks, in seconds.</summary>
    public const double MaxSeconds = 16 * 7 * 24 * 3600;

    /// <summary>Heaviest product, in kg.</summary>
    public const double MaxMassKg = 1_000_000;
}
