using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Benchmarks;

/// <summary>
/// A seeded synthetic actual footprint input shaped like a produced batch: <c>lines</c> material lines over a catalogue
/// of about a quarter as many materials (each with a secondary factor per kilogram; a third of them also with one to
/// three supplier footprints of different validity and primary share), one metered operation per ten lines with one to
/// six intervals of up to three hours each on an hourly grid timeline covering the whole run, a transport leg per
/// twenty lines and two packaging lines.
/// </summary>
public static class SyntheticBom
{
    public static readonly DateTimeOffset ReferenceDate = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public static FootprintInput Create(int lines, int seed = 1)
    {
        var random = new Random(seed);
        var catalogue = Math.Max(4, lines / 4);
        var materials = Enumerable.Range(0, catalogue).Select(m => $"mat-{m:D5}").ToArray();
        var secondary = materials.Select(m =>
        {
            var kg = Amount(random, 30);
            return new SecondaryFactor(m, "kilogram", kg, "ecoinvent 3.10 cut-off (synthetic)", random.Next(2) == 0 ? null : kg * 0.9m);
        }).ToList();
        secondary.Add(new SecondaryFactor("corrugated-board", "kilogram", 0.9m, "ecoinvent 3.10 cut-off", 0.5m, 0.4m, 0.42m));
        var suppliers = new List<SupplierFootprint>();
        for (var m = 0; m < catalogue; m += 3)
        {
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                // Some footprints are outside their validity on the reference date, so the resolver has to skip them.
                var from = ReferenceDate.AddDays(-random.Next(30, 400));
                var until = from.AddDays(random.Next(60, 800));
                suppliers.Add(new SupplierFootprint(materials[m], $"pf-{m}-{k}", $"supplier {m % 17}", "kilogram", random.Next(1, 4),
                    Amount(random, 25), random.Next(0, 101), from, until,
                    random.Next(3) == 0 ? null : new DataQuality(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)),
                    random.Next(2) == 0 ? null : 0m));
            }
        }
        var start = new DateTime(2026, 11, 2, 6, 0, 0, DateTimeKind.Unspecified);
        var energy = new List<OperationEnergy>();
        var cursor = start;
        for (var o = 0; o < Math.Max(1, lines / 10); o++)
        {
            var intervals = new List<EnergyInterval>();
            for (var k = random.Next(1, 7); k > 0; k--)
            {
                var end = cursor.AddMinutes(random.Next(5, 180));
                intervals.Add(new EnergyInterval(cursor, end, Amount(random, 40)));
                cursor = end.AddMinutes(random.Next(0, 30));
            }
            energy.Add(OperationEnergy.Actual($"op-{o:D5}", intervals));
        }
        var hours = (int)Math.Ceiling((cursor - start).TotalHours) + 2;
        var timeline = Enumerable.Range(0, hours).Select(h => new HourlyIntensity(start.AddHours(h), Amount(random, 1))).ToList();
        return new FootprintInput
        {
            Kind = FootprintKind.Actual,
            Subject = $"batch of {lines} lines",
            Units = random.Next(1, 50),
            ReferenceDate = ReferenceDate,
            Materials = Enumerable.Range(0, lines)
                .Select(_ => new MaterialLine(materials[random.Next(catalogue)], Amount(random, 100), "kilogram", Amount(random, 100)))
                .ToList(),
            Packaging = [new PackagingLine("corrugated-board", 1.2m, "kilogram"), new PackagingLine(materials[0], 0.3m, "kilogram")],
            Energy = energy,
            Grid = GridIntensity.Hourly("synthetic hourly grid", timeline),
            Transport = Enumerable.Range(0, Math.Max(1, lines / 20))
                .Select(t => new TransportLeg($"shipment-{t}", Amount(random, 900), Amount(random, 2000), (TransportMode)random.Next(5)))
                .ToList(),
            SecondaryFactors = secondary,
            SupplierFootprints = suppliers,
            TransportFactors =
            [
                new(TransportMode.Van, 0.60066m, "synthetic"),
                new(TransportMode.Truck, 0.10650m, "synthetic"),
                new(TransportMode.Rail, 0.02779m, "synthetic"),
                new(TransportMode.ContainerShip, 0.01614m, "synthetic"),
                new(TransportMode.Air, 1.12826m, "synthetic"),
            ],
        };
    }

    private static decimal Amount(Random random, int max) => random.Next(0, max * 1000) / 1000m;
}
