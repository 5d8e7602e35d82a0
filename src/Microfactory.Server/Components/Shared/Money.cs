using System.Globalization;
using Microfactory.Core.Factories;

namespace Microfactory.Server.Components.Shared;

/// <summary>Amounts as the UI shows them: the ISO currency code first, two decimals ("HKD 450.00").</summary>
internal static class Money
{
    public static string Format(string currency, decimal amount) =>
        (currency.Length > 0 ? currency + " " : "") + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The currency all factories keep their books in, or "" when there is no factory or they differ.</summary>
    public static string CommonCurrency(IEnumerable<Factory> factories)
    {
        var currencies = factories.Select(f => f.Currency).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return currencies.Count == 1 ? currencies[0] : "";
    }
}
