using System.Globalization;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>
/// Computes a cradle-to-gate footprint. Pure and deterministic: the same input gives the same lines in the same order.
/// Arithmetic is in <see cref="decimal"/>: PACT exchanges decimals as strings, and results are the same on every platform.
/// Each line's kg CO2e (and its fossil and biogenic parts) is rounded to <see cref="Decimals"/> places (a microgram, far
/// below any factor's precision), so that subtotals and the total are exact sums of the lines in any order.
/// </summary>
public static class FootprintCalculator
{
    /// <summary>Decimal places of kg CO2e kept on every line (rounded half to even).</summary>
    public const int Decimals = 9;

    /// <summary>kg CO2 per kg C: the molar masses 44/12.</summary>
    private const decimal CarbonToCo2 = 44m / 12m;

    /// <summary>Rounds kg CO2e to <see cref="Decimals"/> places.</summary>
    internal static decimal Kg(decimal kgCo2e) => decimal.Round(kgCo2e, Decimals, MidpointRounding.ToEven);

    /// <summary>Validates <paramref name="input"/> and computes its footprint, or returns the first problem.</summary>
    public static FootprintResult Calculate(FootprintInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Validate() is { } invalid)
        {
            return FootprintResult.Failure(invalid);
        }
        var lines = new List<FootprintLine>(input.Materials.Count + input.Energy.Count + input.Transport.Count + input.Packaging.Count);
        var resolver = new MaterialResolver(input);
        for (var i = 0; i < input.Materials.Count; i++)
        {
            var m = input.Materials[i];
            var line = resolver.Resolve(LineCategory.Materials, m.MaterialId, m.Quantity, m.Unit, "materials", i, out var problem);
            if (line is null)
            {
                return FootprintResult.Failure(problem!);
            }
            lines.Add(line);
        }
        for (var i = 0; i < input.Energy.Count; i++)
        {
            var line = EnergyLine(input.Energy[i], input.Grid!, i, out var problem);
            if (line is null)
            {
                return FootprintResult.Failure(problem!);
            }
            lines.Add(line);
        }
        foreach (var leg in input.Transport)
        {
            lines.Add(TransportLine(input, leg));
        }
        for (var i = 0; i < input.Packaging.Count; i++)
        {
            var p = input.Packaging[i];
            var line = resolver.Resolve(LineCategory.Packaging, p.MaterialId, p.Quantity, p.Unit, "packaging", i, out var problem);
            if (line is null)
            {
                return FootprintResult.Failure(problem!);
            }
            lines.Add(line);
        }
        return FootprintResult.Success(Summarise(input, lines));
    }

    private static Footprint Summarise(FootprintInput input, List<FootprintLine> lines)
    {
        // One pass in line order: every sum adds the same terms in the same order as a sum per figure would, so results are unchanged.
        decimal total = 0m, primary = 0m, fossilSum = 0m, biogenicSum = 0m, carbonSum = 0m;
        bool anyFossil = false, anyBiogenic = false, anyCarbon = false;
        var categories = Enum.GetValues<LineCategory>();
        var byCategory = new decimal[categories.Length];
        foreach (var l in lines)
        {
            total += l.KgCo2e;
            primary += l.KgCo2e * l.PrimaryDataSharePercent / 100m;
            anyFossil |= l.FossilKgCo2e is not null;
            anyBiogenic |= l.BiogenicKgCo2e is not null;
            anyCarbon |= l.BiogenicCarbonKg is not null;
            fossilSum += l.FossilKgCo2e ?? 0m;
            biogenicSum += l.BiogenicKgCo2e ?? 0m;
            carbonSum += l.BiogenicCarbonKg ?? 0m;
            byCategory[Array.IndexOf(categories, l.Category)] += l.KgCo2e;
        }
        var fossil = anyFossil ? fossilSum / input.Units : (decimal?)null;
        var biogenic = anyBiogenic ? biogenicSum / input.Units : (decimal?)null;
        var carbon = anyCarbon ? carbonSum / input.Units : (decimal?)null;
        var perUnit = total / input.Units;
        var subtotals = new List<CategoryTotal>(categories.Length);
        for (var k = 0; k < categories.Length; k++)
        {
            subtotals.Add(new CategoryTotal(categories[k], byCategory[k]));
        }
        var mass = 0m;
        foreach (var m in input.Materials)
        {
            mass += m.MassKg;
        }
        return new Footprint(
            input.Kind,
            input.Subject,
            input.DeclaredUnit,
            input.Units,
            total,
            perUnit,
            fossil,
            biogenic,
            carbon,
            carbon is { } c ? Kg(perUnit - (c * CarbonToCo2)) : null,
            mass / input.Units,
            total == 0 ? 0m : primary / total * 100m,
            subtotals,
            lines);
    }

    private static FootprintLine? EnergyLine(OperationEnergy energy, GridIntensity grid, int index, out Problem? problem)
    {
        var kwh = 0m;
        var kg = 0m;
        for (var k = 0; k < energy.Intervals.Count; k++)
        {
            var interval = energy.Intervals[k];
            kwh += interval.Kwh;
            foreach (var (hourStart, part) in HourSplit.Parts(interval))
            {
                if (grid.At(hourStart) is not { } intensity)
                {
                    problem = new("grid.timeline", $"has no intensity for the hour starting {hourStart.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}, which energy[{index}].intervals[{k}] runs in");
                    return null;
                }
                kg += part * intensity;
            }
        }
        problem = null;
        return new FootprintLine(
            LineCategory.ProcessEnergy,
            energy.OperationId,
            kwh,
            "kWh",
            kwh == 0 ? 0m : kg / kwh,
            grid.Source,
            energy.Metered ? DataType.Primary : DataType.Secondary,
            energy.Metered ? 100m : 0m,
            null,
            Kg(kg),
            null,
            null);
    }

    private static FootprintLine TransportLine(FootprintInput input, TransportLeg leg)
    {
        var factor = input.TransportFactors.First(f => f.Mode == leg.Mode);
        var tonneKm = leg.MassKg / 1000m * leg.DistanceKm;
        return new FootprintLine(
            LineCategory.InboundTransport,
            leg.Item,
            tonneKm,
            "tonne-km",
            factor.KgCo2ePerTonneKm,
            factor.Source,
            DataType.Secondary,
            0m,
            null,
            Kg(tonneKm * factor.KgCo2ePerTonneKm),
            null,
            null);
    }
}
