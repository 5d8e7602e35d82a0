using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Calculation;

/// <summary>
/// Large seeded inputs against <see cref="Reference"/>, a plain re-statement of the engine's rules written without its
/// indexes or caches: the optimised engine must give exactly the same footprint, line for line and digit for digit.
/// </summary>
public sealed class ReferenceTests
{
    public static TheoryData<int, int> Cases() => new() { { 1, 2_000 }, { 2, 5_000 }, { 3, 300 }, { 4, 50 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Calculate_LargeRandomInput_EqualsReferenceComputation(int seed, int lines)
    {
        var input = LargeInput(seed, lines);

        var engine = FootprintCalculator.Calculate(input).Footprint!;
        var reference = Reference.Calculate(input);

        Assert.Equal(reference.Lines.Count, engine.Lines.Count);
        for (var i = 0; i < reference.Lines.Count; i++)
        {
            Assert.Equal(reference.Lines[i], engine.Lines[i]);
        }
        Assert.Equal(reference.Subtotals, engine.Subtotals);
        Assert.Equal(reference with { Lines = engine.Lines, Subtotals = engine.Subtotals }, engine);
        Assert.Contains(engine.Lines, l => l.DataType == DataType.Primary && l.Category == LineCategory.Materials);
        Assert.Contains(engine.Lines, l => l.DataType == DataType.Secondary && l.Category == LineCategory.Materials);
    }

    [Fact]
    public void Calculate_LargeInputWithUnitMismatch_ReportsTheSameProblemAsReference()
    {
        var input = LargeInput(5, 1_000);
        var bad = input with { Materials = [.. input.Materials, new MaterialLine(input.SupplierFootprints[0].MaterialId, 1m, "piece", 1m)] };

        var problem = FootprintCalculator.Calculate(bad).Problem!;

        Assert.Equal(Reference.MaterialProblem(bad, bad.Materials.Count - 1), problem);
    }

    private static decimal Amount(Random random, int max) => random.Next(0, max * 1000) / 1000m;

    /// <summary>
    /// Many lines over a small catalogue so materials repeat; a third of the materials with one to three supplier footprints
    /// (some expired, some in another unit, ties in primary share and data quality), fossil and biogenic parts on some
    /// factors, metered operations with intervals across many hours of an hourly grid, transport and packaging.
    /// </summary>
    private static FootprintInput LargeInput(int seed, int lines)
    {
        var random = new Random(seed);
        var catalogue = Math.Max(6, lines / 5);
        var materials = Enumerable.Range(0, catalogue).Select(m => $"m{m}").ToArray();
        var factors = new List<SecondaryFactor>();
        foreach (var m in materials)
        {
            var kg = Amount(random, 30);
            factors.Add(new SecondaryFactor(m, "kilogram", kg, $"db {m}", random.Next(3) == 0 ? kg / 3 : null, random.Next(4) == 0 ? kg / 7 : null, random.Next(4) == 0 ? Amount(random, 1) : null));
            if (random.Next(5) == 0)
            {
                factors.Add(new SecondaryFactor(m, "piece", Amount(random, 5), $"db {m} per piece"));
            }
        }
        var suppliers = new List<SupplierFootprint>();
        for (var m = 0; m < catalogue; m += 3)
        {
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var from = Inputs.ReferenceDate.AddDays(-random.Next(0, 400));
                var kg = Amount(random, 25);
                suppliers.Add(new SupplierFootprint(materials[m], $"pf-{m}-{random.Next(3)}-{k}", $"supplier {m % 7}", "kilogram", random.Next(1, 4), kg,
                    random.Next(0, 3) * 50, from, random.Next(4) == 0 ? null : from.AddDays(random.Next(1, 800)),
                    random.Next(3) == 0 ? null : new DataQuality(random.Next(1, 3), random.Next(1, 3), random.Next(1, 3)),
                    random.Next(2) == 0 ? kg / 2 : null, random.Next(3) == 0 ? kg / 5 : null, random.Next(3) == 0 ? Amount(random, 2) : null,
                    Deprecated: random.Next(10) == 0));
            }
        }
        var start = Inputs.Local(2, 6, 0);
        var cursor = start;
        var energy = new List<OperationEnergy>();
        for (var o = 0; o < lines / 10 + 1; o++)
        {
            var intervals = new List<EnergyInterval>();
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                var end = cursor.AddMinutes(random.Next(1, 240)).AddSeconds(random.Next(60));
                intervals.Add(new EnergyInterval(cursor, end, Amount(random, 40)));
                cursor = end.AddMinutes(random.Next(0, 20));
            }
            energy.Add(random.Next(4) == 0 ? new OperationEnergy($"op{o}", false, intervals) : OperationEnergy.Actual($"op{o}", intervals));
        }
        var hours = (int)Math.Ceiling((cursor - start).TotalHours) + 1;
        return Inputs.Empty(FootprintKind.Actual, random.Next(1, 30)) with
        {
            Materials = Enumerable.Range(0, lines).Select(_ =>
            {
                var m = materials[random.Next(catalogue)];
                // A piece line only where the material has a per-piece factor and no supplier footprint, so the input stays valid.
                var perPiece = factors.Any(f => f.MaterialId == m && f.Unit == "piece") && !suppliers.Any(s => s.MaterialId == m);
                return new MaterialLine(m, Amount(random, 100), perPiece && random.Next(2) == 0 ? "piece" : "kilogram", Amount(random, 100));
            }).ToList(),
            Packaging = [new PackagingLine(materials[1], 0.25m, "kilogram"), new PackagingLine(materials[0], 1.5m, "kilogram")],
            Energy = energy,
            Grid = GridIntensity.Hourly("random hourly", Enumerable.Range(0, hours).Select(h => new HourlyIntensity(start.AddHours(h), Amount(random, 1))).ToList()),
            Transport = Enumerable.Range(0, lines / 50 + 1).Select(t => new TransportLeg($"s{t}", Amount(random, 900), Amount(random, 3000), (TransportMode)random.Next(5))).ToList(),
            SecondaryFactors = factors,
            SupplierFootprints = suppliers,
        };
    }

    /// <summary>The engine's rules stated as directly as possible: linear scans, minute-free hour walking, one sum per figure.</summary>
    private static class Reference
    {
        private static decimal Kg(decimal value) => decimal.Round(value, 9, MidpointRounding.ToEven);

        public static Footprint Calculate(FootprintInput input)
        {
            var lines = new List<FootprintLine>();
            foreach (var m in input.Materials)
            {
                lines.Add(Material(input, LineCategory.Materials, m.MaterialId, m.Quantity, m.Unit));
            }
            foreach (var e in input.Energy)
            {
                lines.Add(Energy(input.Grid!, e));
            }
            foreach (var t in input.Transport)
            {
                TransportFactor factor = null!;
                foreach (var f in input.TransportFactors)
                {
                    if (f.Mode == t.Mode)
                    {
                        factor = f;
                        break;
                    }
                }
                var tonneKm = t.MassKg / 1000m * t.DistanceKm;
                lines.Add(new FootprintLine(LineCategory.InboundTransport, t.Item, tonneKm, "tonne-km", factor.KgCo2ePerTonneKm, factor.Source, DataType.Secondary, 0m, null, Kg(tonneKm * factor.KgCo2ePerTonneKm), null, null));
            }
            foreach (var p in input.Packaging)
            {
                lines.Add(Material(input, LineCategory.Packaging, p.MaterialId, p.Quantity, p.Unit));
            }
            decimal total = 0, primary = 0, fossil = 0, biogenic = 0, carbon = 0;
            bool anyFossil = false, anyBiogenic = false, anyCarbon = false;
            var subtotals = new decimal[4];
            foreach (var l in lines)
            {
                total += l.KgCo2e;
                primary += l.KgCo2e * l.PrimaryDataSharePercent / 100m;
                anyFossil |= l.FossilKgCo2e is not null;
                anyBiogenic |= l.BiogenicKgCo2e is not null;
                anyCarbon |= l.BiogenicCarbonKg is not null;
                fossil += l.FossilKgCo2e ?? 0m;
                biogenic += l.BiogenicKgCo2e ?? 0m;
                carbon += l.BiogenicCarbonKg ?? 0m;
                subtotals[(int)l.Category] += l.KgCo2e;
            }
            decimal mass = 0;
            foreach (var m in input.Materials)
            {
                mass += m.MassKg;
            }
            var perUnit = total / input.Units;
            decimal? carbonPerUnit = anyCarbon ? carbon / input.Units : null;
            return new Footprint(input.Kind, input.Subject, input.DeclaredUnit, input.Units, total, perUnit,
                anyFossil ? fossil / input.Units : null, anyBiogenic ? biogenic / input.Units : null, carbonPerUnit,
                carbonPerUnit is { } c ? Kg(perUnit - (c * (44m / 12m))) : null,
                mass / input.Units, total == 0 ? 0m : primary / total * 100m,
                [.. Enum.GetValues<LineCategory>().Select(c => new CategoryTotal(c, subtotals[(int)c]))], lines);
        }

        private static bool Better(SupplierFootprint a, SupplierFootprint b)
        {
            if (a.PrimaryDataSharePercent != b.PrimaryDataSharePercent)
            {
                return a.PrimaryDataSharePercent > b.PrimaryDataSharePercent;
            }
            var (da, db) = (a.Dqi?.Sum ?? decimal.MaxValue, b.Dqi?.Sum ?? decimal.MaxValue);
            return da != db ? da < db : string.CompareOrdinal(a.FootprintId, b.FootprintId) < 0;
        }

        private static FootprintLine Material(FootprintInput input, LineCategory category, string id, decimal quantity, string unit)
        {
            SupplierFootprint? best = null;
            foreach (var s in input.SupplierFootprints)
            {
                if (s.MaterialId == id && s.IsValidOn(input.ReferenceDate) && s.DeclaredUnit == unit && (best is null || Better(s, best)))
                {
                    best = s;
                }
            }
            if (best is { } b)
            {
                return new FootprintLine(category, id, quantity, unit, b.KgCo2ePerDeclaredUnit / b.DeclaredUnitAmount, $"{b.SupplierName} PCF {b.FootprintId}",
                    DataType.Primary, b.PrimaryDataSharePercent, b.Dqi, Kg(quantity * b.KgCo2ePerDeclaredUnit / b.DeclaredUnitAmount),
                    b.FossilKgCo2ePerDeclaredUnit is { } f ? Kg(quantity * f / b.DeclaredUnitAmount) : null,
                    b.BiogenicKgCo2ePerDeclaredUnit is { } g ? Kg(quantity * g / b.DeclaredUnitAmount) : null,
                    b.BiogenicCarbonKgPerDeclaredUnit is { } c ? Kg(quantity * c / b.DeclaredUnitAmount) : null);
            }
            foreach (var f in input.SecondaryFactors)
            {
                if (f.MaterialId == id && f.Unit == unit)
                {
                    return new FootprintLine(category, id, quantity, unit, f.KgCo2ePerUnit, f.Source, DataType.Secondary, 0m, null, Kg(quantity * f.KgCo2ePerUnit),
                        f.FossilKgCo2ePerUnit is { } fo ? Kg(quantity * fo) : null,
                        f.BiogenicKgCo2ePerUnit is { } bi ? Kg(quantity * bi) : null,
                        f.BiogenicCarbonKgPerUnit is { } ca ? Kg(quantity * ca) : null);
                }
            }
            throw new InvalidOperationException($"{id} in {unit} has no data: the generated input should not allow this");
        }

        public static Problem MaterialProblem(FootprintInput input, int index)
        {
            var m = input.Materials[index];
            for (var i = 0; i < input.SupplierFootprints.Count; i++)
            {
                var s = input.SupplierFootprints[i];
                if (s.MaterialId == m.MaterialId && s.IsValidOn(input.ReferenceDate))
                {
                    return new($"supplierFootprints[{i}].declaredUnit",
                        $"is '{s.DeclaredUnit}' but materials[{index}].unit is '{m.Unit}'; a footprint per {s.DeclaredUnit} cannot be applied to a quantity in {m.Unit}");
                }
            }
            throw new InvalidOperationException("the first supplier footprint's material should have a valid footprint");
        }

        private static FootprintLine Energy(GridIntensity grid, OperationEnergy e)
        {
            decimal kwh = 0, kg = 0;
            foreach (var interval in e.Intervals)
            {
                kwh += interval.Kwh;
                var total = interval.End.Ticks - interval.Start.Ticks;
                var assigned = 0m;
                var hour = new DateTime(interval.Start.Year, interval.Start.Month, interval.Start.Day, interval.Start.Hour, 0, 0, interval.Start.Kind);
                while (hour < interval.End)
                {
                    var next = hour.AddHours(1);
                    decimal part;
                    if (next >= interval.End)
                    {
                        part = interval.Kwh - assigned;
                    }
                    else
                    {
                        var overlap = Math.Min(next.Ticks, interval.End.Ticks) - Math.Max(hour.Ticks, interval.Start.Ticks);
                        part = interval.Kwh * overlap / total;
                        assigned += part;
                    }
                    kg += part * grid.Timeline!.Single(h => h.HourStart == hour).KgCo2ePerKwh;
                    hour = next;
                }
            }
            return new FootprintLine(LineCategory.ProcessEnergy, e.OperationId, kwh, "kWh", kwh == 0 ? 0m : kg / kwh, grid.Source,
                e.Metered ? DataType.Primary : DataType.Secondary, e.Metered ? 100m : 0m, null, Kg(kg), null, null);
        }
    }
}
