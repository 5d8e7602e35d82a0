using Microfactory.Carbon.Factors;

namespace Microfactory.Carbon.Model;

/// <summary>
/// Everything a cradle-to-gate footprint needs. Quantities are for all <see cref="Units"/> together; the result is also
/// given per declared unit. <see cref="Validate"/> names the first field that breaks a rule.
/// </summary>
public sealed record FootprintInput
{
    /// <summary>Estimate (a design, for quotes) or actual (a produced batch, from its as-built record).</summary>
    public required FootprintKind Kind { get; init; }

    /// <summary>What is footprinted (design or serial/batch id), for reports; not empty.</summary>
    public required string Subject { get; init; }

    /// <summary>The declared unit of the result, a PACT unit such as <c>piece</c>; not empty.</summary>
    public string DeclaredUnit { get; init; } = "piece";

    /// <summary>How many declared units the quantities cover, greater than 0.</summary>
    public required decimal Units { get; init; }

    /// <summary>The date on which supplier footprints must be valid (the end of the reference period or the quote date).</summary>
    public required DateTimeOffset ReferenceDate { get; init; }

    /// <summary>Materials and parts.</summary>
    public IReadOnlyList<MaterialLine> Materials { get; init; } = [];

    /// <summary>Packaging.</summary>
    public IReadOnlyList<PackagingLine> Packaging { get; init; } = [];

    /// <summary>Electricity per operation.</summary>
    public IReadOnlyList<OperationEnergy> Energy { get; init; } = [];

    /// <summary>Inbound transport legs.</summary>
    public IReadOnlyList<TransportLeg> Transport { get; init; } = [];

    /// <summary>Generic factors for materials and packaging without a valid supplier footprint.</summary>
    public IReadOnlyList<SecondaryFactor> SecondaryFactors { get; init; } = [];

    /// <summary>Suppliers' own footprints; only those valid on <see cref="ReferenceDate"/> are used.</summary>
    public IReadOnlyList<SupplierFootprint> SupplierFootprints { get; init; } = [];

    /// <summary>Grid intensity per local hour; required when <see cref="Energy"/> is not empty.</summary>
    public GridIntensity? Grid { get; init; }

    /// <summary>
    /// Freight factors per mode, each naming its source (a carrier's ISO 14083 figures, or a published conversion
    /// table); every transport leg's mode needs one. None ship with the library: a factor must come with a source
    /// the caller can check.
    /// </summary>
    public IReadOnlyList<TransportFactor> TransportFactors { get; init; } = [];

    /// <summary>The first rule the input breaks, or null when it is valid.</summary>
    public Problem? Validate()
    {
        if (string.IsNullOrWhiteSpace(Subject))
        {
            return new("subject", "must not be empty");
        }
        if (string.IsNullOrWhiteSpace(DeclaredUnit))
        {
            return new("declaredUnit", "must not be empty");
        }
        if (Units <= 0)
        {
            return new("units", "must be greater than 0");
        }
        for (var i = 0; i < Materials.Count; i++)
        {
            var m = Materials[i];
            var p = $"materials[{i}]";
            if (string.IsNullOrWhiteSpace(m.MaterialId))
            {
                return new($"{p}.materialId", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(m.Unit))
            {
                return new($"{p}.unit", "must not be empty");
            }
            if (m.Quantity < 0)
            {
                return new($"{p}.quantity", "must be at least 0");
            }
            if (m.MassKg < 0)
            {
                return new($"{p}.massKg", "must be at least 0");
            }
        }
        for (var i = 0; i < Packaging.Count; i++)
        {
            var m = Packaging[i];
            var p = $"packaging[{i}]";
            if (string.IsNullOrWhiteSpace(m.MaterialId))
            {
                return new($"{p}.materialId", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(m.Unit))
            {
                return new($"{p}.unit", "must not be empty");
            }
            if (m.Quantity < 0)
            {
                return new($"{p}.quantity", "must be at least 0");
            }
        }
        return ValidateFactors() ?? ValidateEnergy() ?? ValidateTransport();
    }

    private Problem? ValidateFactors()
    {
        for (var i = 0; i < SecondaryFactors.Count; i++)
        {
            var f = SecondaryFactors[i];
            var p = $"secondaryFactors[{i}]";
            if (string.IsNullOrWhiteSpace(f.MaterialId))
            {
                return new($"{p}.materialId", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(f.Unit))
            {
                return new($"{p}.unit", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(f.Source))
            {
                return new($"{p}.source", "must name the source of the factor");
            }
            if (f.KgCo2ePerUnit < 0)
            {
                return new($"{p}.kgCo2ePerUnit", "must be at least 0");
            }
            if (f.FossilKgCo2ePerUnit is { } fossil && (fossil < 0 || fossil > f.KgCo2ePerUnit))
            {
                return new($"{p}.fossilKgCo2ePerUnit", "must be between 0 and kgCo2ePerUnit");
            }
            if (f.BiogenicKgCo2ePerUnit is { } biogenic && (biogenic < 0 || biogenic > f.KgCo2ePerUnit))
            {
                return new($"{p}.biogenicKgCo2ePerUnit", "must be between 0 and kgCo2ePerUnit");
            }
            if (f.BiogenicCarbonKgPerUnit < 0)
            {
                return new($"{p}.biogenicCarbonKgPerUnit", "must be at least 0");
            }
        }
        for (var i = 0; i < SupplierFootprints.Count; i++)
        {
            var f = SupplierFootprints[i];
            var p = $"supplierFootprints[{i}]";
            if (string.IsNullOrWhiteSpace(f.MaterialId))
            {
                return new($"{p}.materialId", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(f.FootprintId))
            {
                return new($"{p}.footprintId", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(f.SupplierName))
            {
                return new($"{p}.supplierName", "must not be empty");
            }
            if (string.IsNullOrWhiteSpace(f.DeclaredUnit))
            {
                return new($"{p}.declaredUnit", "must not be empty");
            }
            if (f.DeclaredUnitAmount <= 0)
            {
                return new($"{p}.declaredUnitAmount", "must be greater than 0");
            }
            if (f.KgCo2ePerDeclaredUnit < 0)
            {
                return new($"{p}.kgCo2ePerDeclaredUnit", "must be at least 0");
            }
            if (f.PrimaryDataSharePercent is < 0 or > 100)
            {
                return new($"{p}.primaryDataSharePercent", "must be between 0 and 100");
            }
            if (f.ValidFrom is { } from && f.ValidUntil is { } until && until <= from)
            {
                return new($"{p}.validUntil", "must be after validFrom");
            }
            if (f.Dqi is { } dqi && (Outside(dqi.TechnologicalDqr) || Outside(dqi.GeographicalDqr) || Outside(dqi.TemporalDqr)))
            {
                return new($"{p}.dqi", "each rating must be between 1 and 5");
            }
            if (f.FossilKgCo2ePerDeclaredUnit is { } fossil && (fossil < 0 || fossil > f.KgCo2ePerDeclaredUnit))
            {
                return new($"{p}.fossilKgCo2ePerDeclaredUnit", "must be between 0 and kgCo2ePerDeclaredUnit");
            }
            if (f.BiogenicKgCo2ePerDeclaredUnit is { } biogenic && (biogenic < 0 || biogenic > f.KgCo2ePerDeclaredUnit))
            {
                return new($"{p}.biogenicKgCo2ePerDeclaredUnit", "must be between 0 and kgCo2ePerDeclaredUnit");
            }
            if (f.BiogenicCarbonKgPerDeclaredUnit < 0)
            {
                return new($"{p}.biogenicCarbonKgPerDeclaredUnit", "must be at least 0");
            }
        }
        return null;
    }

    private static bool Outside(decimal rating) => rating is < 1 or > 5;

    private Problem? ValidateEnergy()
    {
        for (var i = 0; i < Energy.Count; i++)
        {
            var e = Energy[i];
            var p = $"energy[{i}]";
            if (string.IsNullOrWhiteSpace(e.OperationId))
            {
                return new($"{p}.operationId", "must not be empty");
            }
            if (e.Intervals.Count == 0)
            {
                return new($"{p}.intervals", "must hold at least one interval");
            }
            for (var k = 0; k < e.Intervals.Count; k++)
            {
                var interval = e.Intervals[k];
                if (interval.End <= interval.Start)
                {
                    return new($"{p}.intervals[{k}].end", "must be after start");
                }
                if (interval.Kwh < 0)
                {
                    return new($"{p}.intervals[{k}].kwh", "must be at least 0");
                }
            }
        }
        if (Energy.Count > 0 && Grid is null)
        {
            return new("grid", "is required when energy is given");
        }
        if (Grid is { } grid)
        {
            if (string.IsNullOrWhiteSpace(grid.Source))
            {
                return new("grid.source", "must name the source of the intensities");
            }
            if (grid.DailyKgCo2ePerKwh is { } daily)
            {
                if (daily.Count != 24)
                {
                    return new("grid.daily", "must hold exactly 24 hourly values");
                }
                for (var h = 0; h < 24; h++)
                {
                    if (daily[h] < 0)
                    {
                        return new($"grid.daily[{h}]", "must be at least 0");
                    }
                }
            }
            var timeline = grid.Timeline ?? [];
            var seen = new HashSet<DateTime>();
            for (var h = 0; h < timeline.Count; h++)
            {
                var hour = timeline[h];
                if (hour.HourStart.Ticks % TimeSpan.TicksPerHour != 0)
                {
                    return new($"grid.timeline[{h}].hourStart", "must be on a whole hour");
                }
                if (!seen.Add(hour.HourStart))
                {
                    return new($"grid.timeline[{h}].hourStart", "must not repeat an hour");
                }
                if (hour.KgCo2ePerKwh < 0)
                {
                    return new($"grid.timeline[{h}].kgCo2ePerKwh", "must be at least 0");
                }
            }
        }
        return null;
    }

    private Problem? ValidateTransport()
    {
        for (var i = 0; i < TransportFactors.Count; i++)
        {
            var f = TransportFactors[i];
            if (f.KgCo2ePerTonneKm < 0)
            {
                return new($"transportFactors[{i}].kgCo2ePerTonneKm", "must be at least 0");
            }
            if (string.IsNullOrWhiteSpace(f.Source))
            {
                return new($"transportFactors[{i}].source", "must name the source of the factor");
            }
        }
        for (var i = 0; i < Transport.Count; i++)
        {
            var t = Transport[i];
            var p = $"transport[{i}]";
            if (string.IsNullOrWhiteSpace(t.Item))
            {
                return new($"{p}.item", "must not be empty");
            }
            if (t.MassKg < 0)
            {
                return new($"{p}.massKg", "must be at least 0");
            }
            if (t.DistanceKm < 0)
            {
                return new($"{p}.distanceKm", "must be at least 0");
            }
            if (!Enum.IsDefined(t.Mode))
            {
                return new($"{p}.mode", "must be one of Van, Truck, Rail, ContainerShip, Air");
            }
            if (!TransportFactors.Any(f => f.Mode == t.Mode))
            {
                return new($"{p}.mode", $"has no factor in transportFactors for {t.Mode}");
            }
        }
        return null;
    }
}
