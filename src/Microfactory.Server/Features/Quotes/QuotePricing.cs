using Microfactory.Core.Orders;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// Prices one option of a quote from what it uses. Pure: the same figures always give the same price.
/// </summary>
/// <remarks>
/// <para>
/// materials = Σ over lines of the design's material cost (its BOM lines, each already rounded to cents) × quantity;
/// machineTime = Σ over operations of occupied hours (setup and run) × the machine's hourly rate; energy = the
/// operations' kWh at the factory's tariff of the hours they run in; labour = occupied hours × the labour rate;
/// overhead = overhead rate × (machineTime + energy + labour); margin = margin rate × (materials + machineTime +
/// energy + labour + overhead).
/// </para>
/// <para>
/// Rounding: each part is rounded to cents (half away from zero, as an invoice does) as soon as it is known, and
/// overhead and margin are computed from the rounded parts before them; the total is the sum of the rounded parts.
/// The quote's machine and labour cost per hour are what the cheapest option minimises together with energy
/// (<c>Machine.CostPerHour</c> = hourly rate + labour rate); overhead and margin grow with them, so the cheapest
/// placement is also the lowest total.
/// </para>
/// </remarks>
internal static class QuotePricing
{
    /// <summary>
    /// The price, or the reason there is none: materials priced in another currency than the factory's
    /// (<paramref name="materialsCurrency"/> empty means the design has no material to price).
    /// </summary>
    public static (PriceBreakdown? Price, string? Error) Price(
        string factoryCurrency, string materialsCurrency, decimal materials, IEnumerable<(long OccupiedMinutes, decimal MachineRatePerHour)> operations,
        decimal energyCost, decimal labourRatePerHour, decimal overheadRate, decimal marginRate)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (materialsCurrency.Length > 0 && !string.Equals(materialsCurrency, factoryCurrency, StringComparison.Ordinal))
        {
            return (null, $"materials are priced in {materialsCurrency} but the factory sells in {factoryCurrency}: a quote needs one currency.");
        }
        // Minute × rate sums are exact; the one division by 60 comes last.
        decimal machineMinuteRates = 0;
        long minutesTotal = 0;
        foreach (var (minutes, rate) in operations)
        {
            machineMinuteRates += minutes * rate;
            minutesTotal += minutes;
        }
        var labour = minutesTotal * labourRatePerHour / 60m;
        var m = Cents(materials);
        var t = Cents(machineMinuteRates / 60m);
        var e = Cents(energyCost);
        var l = Cents(labour);
        var o = Cents(overheadRate * (t + e + l));
        var g = Cents(marginRate * (m + t + e + l + o));
        return (new PriceBreakdown(factoryCurrency, m + t + e + l + o + g, m, t, e, l, o, g), null);
    }

    /// <summary>Rounded to cents, half away from zero.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
