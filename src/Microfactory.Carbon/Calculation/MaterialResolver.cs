using System.Globalization;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>
/// Chooses the data for a material or packaging line: a supplier footprint valid on the reference date in the line's
/// unit if there is one (highest primary data share, then best data quality, then footprint id), else a secondary factor.
/// </summary>
internal static class MaterialResolver
{
    public static FootprintLine? Resolve(FootprintInput input, LineCategory category, string materialId, decimal quantity, string unit, string path, out Problem? problem)
    {
        problem = null;
        var valid = input.SupplierFootprints
            .Select((f, index) => (Footprint: f, Index: index))
            .Where(x => x.Footprint.MaterialId == materialId && x.Footprint.IsValidOn(input.ReferenceDate))
            .ToList();
        var chosen = valid
            .Where(x => x.Footprint.DeclaredUnit == unit)
            .OrderByDescending(x => x.Footprint.PrimaryDataSharePercent)
            .ThenBy(x => x.Footprint.Dqi?.Sum ?? decimal.MaxValue)
            .ThenBy(x => x.Footprint.FootprintId, StringComparer.Ordinal)
            .Select(x => x.Footprint)
            .FirstOrDefault();
        if (chosen is not null)
        {
            return new FootprintLine(
                category,
                materialId,
                quantity,
                unit,
                chosen.KgCo2ePerDeclaredUnit / chosen.DeclaredUnitAmount,
                $"{chosen.SupplierName} PCF {chosen.FootprintId}",
                DataType.Primary,
                chosen.PrimaryDataSharePercent,
                chosen.Dqi,
                FootprintCalculator.Kg(quantity * chosen.KgCo2ePerDeclaredUnit / chosen.DeclaredUnitAmount),
                chosen.FossilKgCo2ePerDeclaredUnit is { } fossil ? FootprintCalculator.Kg(quantity * fossil / chosen.DeclaredUnitAmount) : null,
                chosen.BiogenicKgCo2ePerDeclaredUnit is { } biogenic ? FootprintCalculator.Kg(quantity * biogenic / chosen.DeclaredUnitAmount) : null,
                chosen.BiogenicCarbonKgPerDeclaredUnit is { } carbon ? FootprintCalculator.Kg(quantity * carbon / chosen.DeclaredUnitAmount) : null);
        }
        if (valid.Count > 0)
        {
            var other = valid[0];
            problem = new(
                $"supplierFootprints[{other.Index}].declaredUnit",
                $"is '{other.Footprint.DeclaredUnit}' but {path}.unit is '{unit}'; a footprint per {other.Footprint.DeclaredUnit} cannot be applied to a quantity in {unit}");
            return null;
        }
        var factors = input.SecondaryFactors.Select((f, index) => (Factor: f, Index: index)).Where(x => x.Factor.MaterialId == materialId).ToList();
        var factor = factors.FirstOrDefault(x => x.Factor.Unit == unit).Factor;
        if (factor is not null)
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
        if (factors.Count > 0)
        {
            problem = new(
                $"secondaryFactors[{factors[0].Index}].unit",
                $"is '{factors[0].Factor.Unit}' but {path}.unit is '{unit}'; give a factor per {unit}");
            return null;
        }
        var date = input.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        problem = new($"{path}.materialId", $"'{materialId}' has no supplier footprint valid on {date} and no secondary factor");
        return null;
    }
}
