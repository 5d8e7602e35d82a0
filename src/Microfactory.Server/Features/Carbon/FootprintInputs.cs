using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;
using Microfactory.Core.Factories;
using Microfactory.Core.Materials;

namespace Microfactory.Server.Features.Carbon;

/// <summary>One bill-of-materials line of one unit: quantity in the catalogue unit (kg, m2, m, piece) and its mass when known.</summary>
internal sealed record BomQuantity(string MaterialId, double Quantity, string Unit, double? MassKg);

/// <summary>The electricity of one operation: kWh between two UTC times; <see cref="Metered"/> when a meter measured it.</summary>
internal sealed record OperationKwh(string OperationId, decimal Kwh, DateTimeOffset Start, DateTimeOffset End, bool Metered);

/// <summary>
/// Turns the platform's data (bill of materials, catalogue, suppliers' footprints, operations' energy, the factory's grid
/// profile, the inbound legs) into the engine's input. No I/O: the callers load the data.
/// </summary>
internal static class FootprintInputs
{
    /// <summary>The PACT declared unit of a catalogue unit; a metre has none, so its lines can only take secondary factors.</summary>
    public static string PactUnit(string catalogueUnit) => catalogueUnit switch
    {
        "kg" => "kilogram",
        "m2" => "square meter",
        "piece" => "piece",
        "m" => "meter",
        _ => catalogueUnit,
    };

    /// <summary>The input for <paramref name="units"/> declared units; <paramref name="bom"/> and <paramref name="energy"/> are for all of them together.</summary>
    public static FootprintInput Build(
        FootprintKind kind, string subject, int units, DateTimeOffset referenceDate, IReadOnlyList<BomQuantity> bom,
        IReadOnlyDictionary<string, Material> materials, IReadOnlyList<SupplierFootprint> supplierFootprints, IReadOnlyList<OperationKwh> energy,
        Factory factory, CarbonOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
        var packaging = options.PackagingMaterials.ToHashSet(StringComparer.Ordinal);
        var legs = options.InboundLegs.GroupBy(l => l.SupplierId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var materialLines = new List<MaterialLine>();
        var packagingLines = new List<PackagingLine>();
        var transport = new List<TransportLeg>();
        // One line per material: a design may list a material twice (two parts cut from the same sheet).
        foreach (var group in bom.GroupBy(b => (b.MaterialId, b.Unit)))
        {
            var (materialId, unit) = group.Key;
            var quantity = Math.Round((decimal)group.Sum(b => b.Quantity), 9);
            var massKg = Math.Round((decimal)group.Sum(b => b.MassKg ?? 0), 9);
            if (packaging.Contains(materialId))
            {
                packagingLines.Add(new PackagingLine(materialId, quantity, PactUnit(unit)));
            }
            else
            {
                materialLines.Add(new MaterialLine(materialId, quantity, PactUnit(unit), massKg));
            }
            if (massKg > 0 && materials.TryGetValue(materialId, out var material) && legs.TryGetValue(material.SupplierId, out var leg) && leg.DistanceKm > 0)
            {
                transport.Add(new TransportLeg(materialId, massKg, leg.DistanceKm, leg.Mode));
            }
        }
        var secondary = materials.Values.OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new SecondaryFactor(m.Id, PactUnit(m.Unit.ToSymbol()), (decimal)m.KgCo2ePerUnit, m.EmissionFactorSource))
            .ToList();
        // A zero-length operation draws nothing the grid profile could weigh.
        var operations = energy.Where(e => e.End > e.Start).Select(e => new OperationEnergy(e.OperationId, e.Metered,
            [new EnergyInterval(Local(e.Start, zone), Local(e.End, zone), e.Kwh)])).ToList();
        return new FootprintInput
        {
            Kind = kind,
            Subject = subject,
            DeclaredUnit = "piece",
            Units = units,
            ReferenceDate = referenceDate,
            Materials = materialLines,
            Packaging = packagingLines,
            Energy = operations,
            Transport = transport,
            SecondaryFactors = secondary,
            SupplierFootprints = supplierFootprints,
            Grid = GridIntensity.Daily($"hourly grid intensity profile of {factory.Name} ({factory.TimeZoneId} local hours)",
                [.. factory.EnergyProfile.OrderBy(r => r.Hour).Select(r => (decimal)r.GridKgCo2ePerKwh)]),
            TransportFactors = [.. options.TransportFactors.Select(f => new TransportFactor(f.Mode, f.KgCo2ePerTonneKm, f.Source))],
        };
    }

    /// <summary>The factory's wall-clock time, which the daily grid profile is read in.</summary>
    private static DateTime Local(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(utc, zone).DateTime;
}
