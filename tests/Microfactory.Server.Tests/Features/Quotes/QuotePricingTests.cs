using Microfactory.Server.Features.Quotes;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>Hand-computed prices: the parts, their rounding to cents, and the currency rule.</summary>
public sealed class QuotePricingTests
{
    [Fact]
    public void Price_TwoOperations_EveryPartByHand()
    {
        // Machine time 90 min at 680/h + 25 min at 45/h = 1020.00 + 18.75 = 1038.75; labour 115 min at 180/h = 345.00;
        // energy 12.345 → 12.35 (half away from zero). Overhead 15 % of 1038.75 + 12.35 + 345.00 = 1396.10 → 209.415 → 209.42.
        // Margin 20 % of 40.10 + 1396.10 + 209.42 = 1645.62 → 329.124 → 329.12.
        var (price, error) = QuotePricing.Price("HKD", "HKD", 40.10m, [(90, 680m), (25, 45m)], 12.345m, 180m, 0.15m, 0.20m);

        Assert.Null(error);
        Assert.Equal(("HKD", 40.10m, 1038.75m, 12.35m, 345.00m, 209.42m, 329.12m), (price!.Currency, price.Materials, price.MachineTime, price.Energy, price.Labour, price.Overhead, price.Margin));
        Assert.Equal(1974.74m, price.Total);
    }

    [Fact]
    public void Price_ThirdsOfAnHour_RoundedOnceAtTheEnd()
    {
        // 3 × 20 min at 100/h is exactly 100.00, not 3 × 33.33 = 99.99.
        var (price, _) = QuotePricing.Price("EUR", "", 0m, [(20, 100m), (20, 100m), (20, 100m)], 0m, 0m, 0m, 0m);

        Assert.Equal(100.00m, price!.MachineTime);
        Assert.Equal(100.00m, price.Total);
    }

    [Fact]
    public void Price_MaterialsInAnotherCurrency_RefusedNamingBoth()
    {
        var (price, error) = QuotePricing.Price("HKD", "EUR", 10m, [(60, 100m)], 1m, 0m, 0m, 0m);

        Assert.Null(price);
        Assert.Equal("materials are priced in EUR but the factory sells in HKD: a quote needs one currency.", error);
    }
}
