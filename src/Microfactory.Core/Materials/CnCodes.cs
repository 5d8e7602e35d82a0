namespace Microfactory.Core.Materials;

/// <summary>EU Combined Nomenclature (CN) codes: 8 digits, the first six of them the Harmonized System subheading.</summary>
public static class CnCodes
{
    /// <summary>True when <paramref name="code"/> is exactly 8 ASCII digits (written without the spaces of the printed tariff).</summary>
    public static bool IsWellFormed(string? code)
    {
        if (code is not { Length: 8 })
        {
            return false;
        }
        foreach (var c in code)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
