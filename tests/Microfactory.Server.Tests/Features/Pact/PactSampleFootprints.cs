using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Pact;

/// <summary>
/// Footprints a test publishes through <see cref="ProductFootprintStore.InsertAsync"/>, each computed by the real
/// <see cref="FootprintCalculator"/> (steel from a supplier footprint with ratings, aluminium from a secondary factor,
/// metered energy, a truck leg and a carton), with product ids of the test's own so its filters see only its data.
/// </summary>
internal static class PactSampleFootprints
{
    public static string NewProductId() => $"urn:pact:pact-tests.example:product-id:{Guid.NewGuid():N}";

    public static Footprint Computed(decimal steelKg = 2m, FootprintKind kind = FootprintKind.Actual)
    {
        var day = new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Unspecified);
        var input = new FootprintInput
        {
            Kind = kind,
            Subject = "pact-test",
            Units = 1m,
            ReferenceDate = new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero),
            Materials = [new MaterialLine("steel", steelKg, "kilogram", steelKg), new MaterialLine("alu", 0.5m, "kilogram", 0.5m)],
            Packaging = [new PackagingLine("carton", 0.2m, "kilogram")],
            SecondaryFactors =
            [
                new SecondaryFactor("alu", "kilogram", 8.6m, "ecoinvent 3.10 cut-off, aluminium, primary ingot", FossilKgCo2ePerUnit: 8.2m),
                new SecondaryFactor("carton", "kilogram", 0.9m, "FEFCO 2018 corrugated board", BiogenicCarbonKgPerUnit: 0.4m),
            ],
            SupplierFootprints =
            [
                new SupplierFootprint("steel", "5d2e3f62-8f1c-4b7e-9a53-3c1f0e2b7a10", "Acme Steel", "kilogram", 1m, 1.5m, 60m,
                    new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), new DataQuality(2m, 3m, 1m)),
            ],
            Energy = [OperationEnergy.Actual("cut", [new EnergyInterval(day, day.AddMinutes(45), 1.2m)])],
            Grid = GridIntensity.Daily("test grid, 0.55 kg CO2e/kWh every hour", Enumerable.Repeat(0.55m, 24).ToArray()),
            Transport = [new TransportLeg("steel", steelKg, 40m, TransportMode.Truck)],
            TransportFactors = [new TransportFactor(TransportMode.Truck, 0.10650m, "test freight factor 2026")],
        };
        var result = FootprintCalculator.Calculate(input);
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return result.Footprint;
    }

    /// <summary>Publishes one footprint and returns it as stored.</summary>
    public static async Task<ProductFootprintRecord> PublishAsync(
        TestHost host, string? productId = null, string status = FootprintKinds.Active, DateTimeOffset? validFrom = null, DateTimeOffset? validUntil = null,
        string templateId = "pact-test-shelf", string country = "HK", decimal steelKg = 2m, IReadOnlyList<Guid>? preceding = null, string? secondProductId = null)
    {
        var created = DateTimeOffset.UtcNow;
        var from = validFrom ?? new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<string> products = secondProductId is null ? [productId ?? NewProductId()] : [productId ?? NewProductId(), secondProductId];
        var record = new ProductFootprintRecord(
            Guid.NewGuid(), KwunTongDemo.FactoryId, FootprintKinds.Actual, $"pact-test/{Guid.NewGuid():N}", templateId, "1.0.0", null, products,
            "Test shelf", "A shelf made for the PACT tests.", status, preceding ?? [], created, null, from, validUntil ?? from.AddYears(1),
            new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 16, 9, 45, 0, TimeSpan.Zero), country, Computed(steelKg));
        await host.Service<ProductFootprintStore>().InsertAsync(record, CancellationToken.None);
        return record;
    }
}
