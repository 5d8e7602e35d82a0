using System.Globalization;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>
/// Chooses the data for a material or packaging line: a supplier footprint valid on the reference date in the line's
/// unit if there is one (highest primary data share, then best data quality, then footprint id, then input order), else
/// the first secondary factor for the material in the line's unit.
/// </summary>
/// <remarks>
/// One resolver serves one calculation. Supplier footprints and factors are indexed by material once, and the choice is
/// cached per material and unit: a bill of materials repeats materials, and scanning every footprint for every line made
/// a 10,000-line footprint quadratic (about a second). Only the choice is cached; each line's arithmetic is its own.
/// </remarks>
internal sealed class MaterialResolver
{
    private readonly FootprintInput input;
    private readonly Dictionary<string, List<int>> suppliersByMaterial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> factorsByMaterial = new(StringComparer.Ordinal);
    /// <summary>Choices by material, then by unit: a material nearly always comes in one unit, so the second level is a short list.</summary>
    private readonly Dictionary<string, List<Choice>> choices = new(StringComparer.Ordinal);

    public MaterialResolver(FootprintInput input)
    {
        this.input = input;
        for (var i = 0; i < input.SupplierFootprints.Count; i++)
        {
            Add(suppliersByMaterial, input.SupplierFootprints[i].MaterialId, i);
        }
        for (var i = 0; i < input.SecondaryFactors.Count; i++)
        {
            Add(factorsByMaterial, input.SecondaryFactors[i].MaterialId, i);
        }
    }

    /// <summary>The line for <paramref name="quantity"/> of <paramref name="materialId"/>, or null with the problem (its paths built from <paramref name="pathPrefix"/>[<paramref name="pathIndex"/>]).</summary>
    public FootprintLine? Resolve(LineCategory category, string materialId, decimal quantity, string unit, string pathPrefix, int pathIndex, out Problem? problem)
    {
        problem = null;
        var choice = ChoiceFor(materialId, unit);
        if (choice.Supplier is { } chosen)
        {
            return new FootprintLine(
                category,
                materialId,
                quantity,
                unit,
                choice.SupplierFactor,
                choice.Source!,
                DataType.Primary,
                chosen.PrimaryDataSharePercent,
                chosen.Dqi,
                FootprintCalculator.Kg(quantity * chosen.KgCo2ePerDeclaredUnit / chosen.DeclaredUnitAmount),
                chosen.FossilKgCo2ePerDeclaredUnit is { } fossil ? FootprintCalculator.Kg(quantity * fossil / chosen.DeclaredUnitAmount) : null,
                chosen.BiogenicKgCo2ePerDeclaredUnit is { } biogenic ? FootprintCalculator.Kg(quantity * biogenic / chosen.DeclaredUnitAmount) : null,
                chosen.BiogenicCarbonKgPerDeclaredUnit is { } carbon ? FootprintCalculator.Kg(quantity * carbon / chosen.DeclaredUnitAmount) : null);
        }
        if (choice.Factor is { } factor)
        {
            return new FootprintLine(
                category,
                materialId,
                quantity,
                unit,
                factor.KgCo2ePerUnit,
                factor.Source,
                DataType.Secondary,
                0m,
                null,
                FootprintCalculator.Kg(quantity * factor.KgCo2ePerUnit),
                factor.FossilKgCo2ePerUnit is { } fossil ? FootprintCalculator.Kg(quantity * fossil) : null,
                factor.BiogenicKgCo2ePerUnit is { } biogenic ? FootprintCalculator.Kg(quantity * biogenic) : null,
                factor.BiogenicCarbonKgPerUnit is { } carbon ? FootprintCalculator.Kg(quantity * carbon) : null);
        }
        problem = Explain(choice, materialId, unit, $"{pathPrefix}[{pathIndex}]");
        return null;
    }

    private Choice ChoiceFor(string materialId, string unit)
    {
        if (!choices.TryGetValue(materialId, out var byUnit))
        {
            byUnit = [];
            choices.Add(materialId, byUnit);
        }
        foreach (var known in byUnit)
        {
            if (string.Equals(known.Unit, unit, StringComparison.Ordinal))
            {
                return known;
            }
        }
        var choice = Choose(materialId, unit);
        byUnit.Add(choice);
        return choice;
    }

    private Choice Choose(string materialId, string unit)
    {
        var firstValid = -1;
        SupplierFootprint? best = null;
        if (suppliersByMaterial.TryGetValue(materialId, out var suppliers))
        {
            // Indexes ascend, and only a strictly better footprint replaces the best: ties keep input order, as a stable sort would.
            foreach (var i in suppliers)
            {
                var f = input.SupplierFootprints[i];
                if (!f.IsValidOn(input.ReferenceDate))
                {
                    continue;
                }
                if (firstValid < 0)
                {
                    firstValid = i;
                }
                if (f.DeclaredUnit == unit && (best is null || Better(f, best)))
                {
                    best = f;
                }
            }
        }
        if (best is not null)
        {
            return new Choice(unit, best, $"{best.SupplierName} PCF {best.FootprintId}", best.KgCo2ePerDeclaredUnit / best.DeclaredUnitAmount, null, -1, -1);
        }
        if (firstValid >= 0)
        {
            return new Choice(unit, null, null, 0m, null, firstValid, -1);
        }
        var firstFactor = -1;
        if (factorsByMaterial.TryGetValue(materialId, out var factors))
        {
            firstFactor = factors[0];
            foreach (var i in factors)
            {
                if (input.SecondaryFactors[i].Unit == unit)
                {
                    return new Choice(unit, null, null, 0m, input.SecondaryFactors[i], -1, -1);
                }
            }
        }
        return new Choice(unit, null, null, 0m, null, -1, firstFactor);
    }

    /// <summary>Higher primary share first, then the lower sum of data quality ratings (none counts as worst), then the footprint id (ordinal).</summary>
    private static bool Better(SupplierFootprint candidate, SupplierFootprint best)
    {
        if (candidate.PrimaryDataSharePercent != best.PrimaryDataSharePercent)
        {
            return candidate.PrimaryDataSharePercent > best.PrimaryDataSharePercent;
        }
        var (a, b) = (candidate.Dqi?.Sum ?? decimal.MaxValue, best.Dqi?.Sum ?? decimal.MaxValue);
        return a != b ? a < b : string.CompareOrdinal(candidate.FootprintId, best.FootprintId) < 0;
    }

    private Problem Explain(Choice choice, string materialId, string unit, string path)
    {
        if (choice.OtherUnitSupplier >= 0)
        {
            var other = input.SupplierFootprints[choice.OtherUnitSupplier];
            return new(
                $"supplierFootprints[{choice.OtherUnitSupplier}].declaredUnit",
                $"is '{other.DeclaredUnit}' but {path}.unit is '{unit}'; a footprint per {other.DeclaredUnit} cannot be applied to a quantity in {unit}");
        }
        if (choice.OtherUnitFactor >= 0)
        {
            return new(
                $"secondaryFactors[{choice.OtherUnitFactor}].unit",
                $"is '{input.SecondaryFactors[choice.OtherUnitFactor].Unit}' but {path}.unit is '{unit}'; give a factor per {unit}");
        }
        var date = input.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new($"{path}.materialId", $"'{materialId}' has no supplier footprint valid on {date} and no secondary factor");
    }

    private static void Add(Dictionary<string, List<int>> index, string materialId, int i)
    {
        if (!index.TryGetValue(materialId, out var list))
        {
            list = [];
            index.Add(materialId, list);
        }
        list.Add(i);
    }

    /// <summary>
    /// The data chosen for a material in <c>Unit</c>: a supplier footprint with its source text and its factor per unit (computed
    /// once, the same division every line would do), or a secondary factor, or neither, with the first valid supplier
    /// footprint in another unit or the first factor in another unit to name in the problem (-1: none).
    /// </summary>
    private sealed record Choice(string Unit, SupplierFootprint? Supplier, string? Source, decimal SupplierFactor, SecondaryFactor? Factor, int OtherUnitSupplier, int OtherUnitFactor);
}
