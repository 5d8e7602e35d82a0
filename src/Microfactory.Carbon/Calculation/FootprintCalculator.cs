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

    /// <summary>Rounds kg CO2e to <see cref="Decimals"/> places.</summary>
    /// <summary>kg CO2 per kg C: the molar masses 44/12.</summary>
    private const decimal CarbonToCo2 = 44m / 12m;

    internal static decimal Kg(decimal kgCo2e) => decimal.Round(kgCo2e, Decimals, MidpointRounding.ToEven);

    /// <summary>Validates <paramref name="input"/> and computes its footprint, or returns the first problem.</summary>
    public static FootprintResult Calculate(FootprintInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Validate() is { } invalid)
        {
            return FootprintResult.Failure(invalid);
        }
        var lines = new List<FootprintLine>();
        for (var i = 0; i < input.Materials.Count; i++)
        {
            var m = input.Materials[i];
            var line = MaterialResolver.Resolve(input, LineCategory.Materials, m.MaterialId, m.Quantity, m.Unit, $"materials[{i}]", out var problem);
            if (line is null)
            {
                return FootprintResult.Failure(problem!);
            }
            lines.Add(line);
        }
        for (var i = 0; i < input.Energy.Count; i++)
        {
            var line = EnergyLine(input.Energy[i], input.Grid!, $"energy[{i}]", out var problem);
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
            var line = MaterialResolver.Resolve(input, LineCategory.Packaging, p.MaterialId, p.Quantity, p.Unit, $"packaging[{i}]", out var problem);
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
        var total = lines.Sum(l => l.KgCo2e);
        var primary = lines.Sum(l => l.KgCo2e * l.PrimaryDataSharePercent / 100m);
        var fossil = lines.Any(l => l.FossilKgCo2e is not null) ? lines.Sum(l => l.FossilKgCo2e ?? 0m) / input.Units : (decimal?)null;
        var biogenic = lines.Any(l => l.BiogenicKgCo2e is not null) ? lines.Sum(l => l.BiogenicKgCo2e ?? 0m) / input.Units : (decimal?)null;
        var carbon = lines.Any(l => l.BiogenicCarbonKg is not null) ? lines.Sum(l => l.BiogenicCarbonKg ?? 0m) / input.Units : (decimal?)null;
        var perUnit = total / input.Units;
        var subtotals = Enum.GetValues<LineCategory>()
            .Select(c => new CategoryTotal(c, lines.Where(l => l.Category == c).Sum(l => l.KgCo2e)))
            .ToList();
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
            input.Materials.Sum(m => m.MassKg) / input.Units,
            total == 0 ? 0m : primary / total * 100m,
            subtotals,
            lines);
    }

    private static FootprintLine? EnergyLine(OperationEnergy energy, GridIntensity grid, string path, out Problem? problem)
    {
        var kwh = 0m;
        var kg = 0m;
        for (var k = 0; k < energy.Intervals.Count; k++)
        {
            var interval = energy.Intervals[k];
            kwh += interval.Kwh;
            foreach (var (hourStart, part) in HourSplit.Split(interval))
            {
                if (grid.At(hourStart) is not { } intensity)
                {
                    problem = new("grid.timeline", $"has no intensity for the hour starting {hourStart.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}, which {path}.intervals[{k}] runs in");
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
