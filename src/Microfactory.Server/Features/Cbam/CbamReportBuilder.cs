using Microfactory.Carbon.Model;
using Microfactory.Core.Factories;
using Microfactory.Core.Materials;
using Microfactory.Server.Features.Carbon;

namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// Turns the actual footprints of a quarter's units into a <see cref="CbamReport"/>. Every material line whose catalogue
/// material has a CN code covered by CBAM (<see cref="CbamGoods"/>) is embedded emissions of that good: a line from a
/// supplier's own footprint counts as actual data, a line from a secondary factor as a default value. Lines of one
/// material with one method and one data source add up to one good. Pure: no I/O, no clock.
/// </summary>
internal static class CbamReportBuilder
{
    /// <param name="factory">The reporting factory.</param>
    /// <param name="country">The factory's ISO country, empty when not configured.</param>
    /// <param name="period">The quarter.</param>
    /// <param name="actuals">The actual footprints of the quarter's units.</param>
    /// <param name="materials">Catalogue entries by id (lines of materials not in it are left out).</param>
    /// <param name="supplierCountries">Suppliers' ISO countries by supplier id.</param>
    public static CbamReport Build(
        Factory factory, string country, CbamQuarter period, IReadOnlyList<ProductFootprintRecord> actuals,
        IReadOnlyDictionary<string, Material> materials, IReadOnlyDictionary<string, string> supplierCountries)
    {
        var goods = new Dictionary<(string CnCode, string MaterialId, string Method, string Source), Accumulator>();
        foreach (var actual in actuals)
        {
            foreach (var line in actual.Breakdown.Lines)
            {
                if (line.Category != LineCategory.Materials || !materials.TryGetValue(line.Item, out var material)
                    || CbamGoods.SectorOf(material.CnCode) is not { } sector)
                {
                    continue;
                }
                var method = line.DataType == DataType.Primary ? CbamMethods.Actual : CbamMethods.Default;
                var key = (material.CnCode!, material.Id, method, line.FactorSource);
                if (!goods.TryGetValue(key, out var sum))
                {
                    sum = new Accumulator(sector, material, supplierCountries.GetValueOrDefault(material.SupplierId, ""));
                    goods[key] = sum;
                }
                sum.Add(actual.Serial ?? actual.Subject, line.Quantity, line.QuantityUnit, line.KgCo2e);
            }
        }
        var lines = goods
            .OrderBy(g => g.Key.CnCode, StringComparer.Ordinal).ThenBy(g => g.Key.MaterialId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Method, StringComparer.Ordinal).ThenBy(g => g.Key.Source, StringComparer.Ordinal)
            .Select(g => g.Value.ToLine(g.Key.CnCode, g.Key.Method, g.Key.Source))
            .ToList();
        return new CbamReport(factory.Id, factory.Name, factory.Site, country, period, period.FirstDay, period.EndExclusive.AddDays(-1), actuals.Count, lines);
    }

    /// <summary>Sums one good's lines: kg CO2e and, while every line's mass is known, kg of material.</summary>
    private sealed class Accumulator(string sector, Material material, string country)
    {
        private readonly HashSet<string> units = new(StringComparer.Ordinal);
        private decimal kgCo2e;
        private decimal massKg;
        private bool massKnown = true;

        public void Add(string unit, decimal quantity, string quantityUnit, decimal lineKgCo2e)
        {
            units.Add(unit);
            kgCo2e += lineKgCo2e;
            if (MassKg(quantity, quantityUnit) is { } kg)
            {
                massKg += kg;
            }
            else
            {
                massKnown = false;
            }
        }

        /// <summary>kg of a line's quantity: a mass as it is, an area through the sheet's density (kg/m³) and thickness (mm); a piece or a length has none.</summary>
        private decimal? MassKg(decimal quantity, string quantityUnit) => quantityUnit switch
        {
            "kilogram" => quantity,
            "square meter" when material is { DensityKgPerM3: { } density, ThicknessMm: { } thickness } =>
                quantity * (decimal)density * (decimal)thickness / 1000m,
            _ => null,
        };

        public CbamGoodsLine ToLine(string cnCode, string method, string source)
        {
            var tonnes = massKnown ? massKg / 1000m : (decimal?)null;
            var tco2e = kgCo2e / 1000m;
            return new CbamGoodsLine(cnCode, sector, material.Id, material.Name, country, tonnes,
                method == CbamMethods.Actual ? SupplierOf(source) : null, null, null, null,
                tonnes is > 0 ? Math.Round(tco2e / tonnes.Value, 6, MidpointRounding.ToEven) : null,
                tco2e, method, source, units.Count);
        }

        /// <summary>The supplier a supplier-specific line names: the engine writes its source as "{supplier} PCF {footprint id}".</summary>
        private static string SupplierOf(string source)
        {
            var at = source.LastIndexOf(" PCF ", StringComparison.Ordinal);
            return at > 0 ? source[..at] : source;
        }
    }
}
