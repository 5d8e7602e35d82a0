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
        var problem = Blank("subject", Subject) ?? Blank("declaredUnit", DeclaredUnit)
            ?? Broken(Units <= 0, "units", "must be greater than 0");
        for (var i = 0; problem is null && i < Materials.Count; i++)
        {
            var m = Materials[i];
            if (Filled(m.MaterialId) && Filled(m.Unit) && m.Quantity >= 0 && m.MassKg >= 0)
            {
                // The common case: field paths are only formatted for the line that breaks a rule.
                continue;
            }
            var p = $"materials[{i}]";
            problem = Blank($"{p}.materialId", m.MaterialId) ?? Blank($"{p}.unit", m.Unit)
                ?? Negative($"{p}.quantity", m.Quantity) ?? Negative($"{p}.massKg", m.MassKg);
        }
        for (var i = 0; problem is null && i < Packaging.Count; i++)
        {
            var (m, p) = (Packaging[i], $"packaging[{i}]");
            problem = Blank($"{p}.materialId", m.MaterialId) ?? Blank($"{p}.unit", m.Unit) ?? Negative($"{p}.quantity", m.Quantity);
        }
        return problem ?? ValidateFactors() ?? ValidateEnergy() ?? ValidateTransport();
    }

    private Problem? ValidateFactors()
    {
        Problem? problem = null;
        for (var i = 0; problem is null && i < SecondaryFactors.Count; i++)
        {
            var f = SecondaryFactors[i];
            if (Filled(f.MaterialId) && Filled(f.Unit) && Filled(f.Source) && f.KgCo2ePerUnit >= 0 && Within(f.FossilKgCo2ePerUnit, f.KgCo2ePerUnit)
                && Within(f.BiogenicKgCo2ePerUnit, f.KgCo2ePerUnit) && !(f.BiogenicCarbonKgPerUnit < 0))
            {
                continue;
            }
            var p = $"secondaryFactors[{i}]";
            problem = Blank($"{p}.materialId", f.MaterialId) ?? Blank($"{p}.unit", f.Unit)
                ?? Broken(string.IsNullOrWhiteSpace(f.Source), $"{p}.source", "must name the source of the factor")
                ?? Negative($"{p}.kgCo2ePerUnit", f.KgCo2ePerUnit)
                ?? PartOf($"{p}.fossilKgCo2ePerUnit", f.FossilKgCo2ePerUnit, f.KgCo2ePerUnit, "kgCo2ePerUnit")
                ?? PartOf($"{p}.biogenicKgCo2ePerUnit", f.BiogenicKgCo2ePerUnit, f.KgCo2ePerUnit, "kgCo2ePerUnit")
                ?? Negative($"{p}.biogenicCarbonKgPerUnit", f.BiogenicCarbonKgPerUnit);
        }
        for (var i = 0; problem is null && i < SupplierFootprints.Count; i++)
        {
            var f = SupplierFootprints[i];
            if (Filled(f.MaterialId) && Filled(f.FootprintId) && Filled(f.SupplierName) && Filled(f.DeclaredUnit) && f.DeclaredUnitAmount > 0
                && f.KgCo2ePerDeclaredUnit >= 0 && f.PrimaryDataSharePercent is >= 0 and <= 100
                && !(f.ValidFrom is { } validFrom && f.ValidUntil is { } validUntil && validUntil <= validFrom)
                && !(f.Dqi is { } rated && (Outside(rated.TechnologicalDqr) || Outside(rated.GeographicalDqr) || Outside(rated.TemporalDqr)))
                && Within(f.FossilKgCo2ePerDeclaredUnit, f.KgCo2ePerDeclaredUnit) && Within(f.BiogenicKgCo2ePerDeclaredUnit, f.KgCo2ePerDeclaredUnit)
                && !(f.BiogenicCarbonKgPerDeclaredUnit < 0))
            {
                continue;
            }
            var p = $"supplierFootprints[{i}]";
            problem = Blank($"{p}.materialId", f.MaterialId) ?? Blank($"{p}.footprintId", f.FootprintId)
                ?? Blank($"{p}.supplierName", f.SupplierName) ?? Blank($"{p}.declaredUnit", f.DeclaredUnit)
                ?? Broken(f.DeclaredUnitAmount <= 0, $"{p}.declaredUnitAmount", "must be greater than 0")
                ?? Negative($"{p}.kgCo2ePerDeclaredUnit", f.KgCo2ePerDeclaredUnit)
                ?? Broken(f.PrimaryDataSharePercent is < 0 or > 100, $"{p}.primaryDataSharePercent", "must be between 0 and 100")
                ?? Broken(f.ValidFrom is { } from && f.ValidUntil is { } until && until <= from, $"{p}.validUntil", "must be after validFrom")
                ?? Broken(f.Dqi is { } dqi && (Outside(dqi.TechnologicalDqr) || Outside(dqi.GeographicalDqr) || Outside(dqi.TemporalDqr))
                   , $"{p}.dqi", "each rating must be between 1 and 5")
                ?? PartOf($"{p}.fossilKgCo2ePerDeclaredUnit", f.FossilKgCo2ePerDeclaredUnit, f.KgCo2ePerDeclaredUnit, "kgCo2ePerDeclaredUnit")
                ?? PartOf($"{p}.biogenicKgCo2ePerDeclaredUnit", f.BiogenicKgCo2ePerDeclaredUnit, f.KgCo2ePerDeclaredUnit, "kgCo2ePerDeclaredUnit")
                ?? Negative($"{p}.biogenicCarbonKgPerDeclaredUnit", f.BiogenicCarbonKgPerDeclaredUnit);
        }
        return problem;
    }

    private static bool Outside(decimal rating) => rating is < 1 or > 5;

    private Problem? ValidateEnergy()
    {
        Problem? problem = null;
        for (var i = 0; problem is null && i < Energy.Count; i++)
        {
            var e = Energy[i];
            if (Filled(e.OperationId) && e.Intervals.Count > 0 && AllIntervalsValid(e.Intervals))
            {
                continue;
            }
            var p = $"energy[{i}]";
            problem = Blank($"{p}.operationId", e.OperationId)
                ?? Broken(e.Intervals.Count == 0, $"{p}.intervals", "must hold at least one interval");
            for (var k = 0; problem is null && k < e.Intervals.Count; k++)
            {
                var interval = e.Intervals[k];
                problem = Broken(interval.End <= interval.Start, $"{p}.intervals[{k}].end", "must be after start")
                    ?? Negative($"{p}.intervals[{k}].kwh", interval.Kwh);
            }
        }
        if (problem is null && Energy.Count > 0 && Grid is null)
        {
            return new("grid", "is required when energy is given");
        }
        return problem ?? (Grid is { } grid ? ValidateGrid(grid) : null);
    }

    private static Problem? ValidateGrid(GridIntensity grid)
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
                if (Negative($"grid.daily[{h}]", daily[h]) is { } negative)
                {
                    return negative;
                }
            }
        }
        var timeline = grid.Timeline ?? [];
        var seen = new HashSet<DateTime>();
        for (var h = 0; h < timeline.Count; h++)
        {
            var hour = timeline[h];
            if (hour.HourStart.Ticks % TimeSpan.TicksPerHour == 0 && hour.KgCo2ePerKwh >= 0 && seen.Add(hour.HourStart))
            {
                continue;
            }
            // The fast test adds the hour only when the hour is whole and its value not negative, so the checks below see the set as before.
            var problem = Broken(hour.HourStart.Ticks % TimeSpan.TicksPerHour != 0, $"grid.timeline[{h}].hourStart", "must be on a whole hour")
                ?? Broken(!seen.Add(hour.HourStart), $"grid.timeline[{h}].hourStart", "must not repeat an hour")
                ?? Negative($"grid.timeline[{h}].kgCo2ePerKwh", hour.KgCo2ePerKwh);
            if (problem is not null)
            {
                return problem;
            }
        }
        return null;
    }

    private Problem? ValidateTransport()
    {
        Problem? problem = null;
        for (var i = 0; problem is null && i < TransportFactors.Count; i++)
        {
            var f = TransportFactors[i];
            problem = Negative($"transportFactors[{i}].kgCo2ePerTonneKm", f.KgCo2ePerTonneKm)
                ?? Broken(string.IsNullOrWhiteSpace(f.Source), $"transportFactors[{i}].source", "must name the source of the factor");
        }
        for (var i = 0; problem is null && i < Transport.Count; i++)
        {
            var t = Transport[i];
            if (Filled(t.Item) && t.MassKg >= 0 && t.DistanceKm >= 0 && Enum.IsDefined(t.Mode) && HasFactor(t.Mode))
            {
                continue;
            }
            var p = $"transport[{i}]";
            problem = Blank($"{p}.item", t.Item) ?? Negative($"{p}.massKg", t.MassKg) ?? Negative($"{p}.distanceKm", t.DistanceKm)
                ?? Broken(!Enum.IsDefined(t.Mode), $"{p}.mode", "must be one of Van, Truck, Rail, ContainerShip, Air")
                ?? Broken(!TransportFactors.Any(f => f.Mode == t.Mode), $"{p}.mode", $"has no factor in transportFactors for {t.Mode}");
        }
        return problem;
    }

    private bool HasFactor(TransportMode mode)
    {
        for (var k = 0; k < TransportFactors.Count; k++)
        {
            if (TransportFactors[k].Mode == mode)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool Within(decimal? part, decimal whole) => part is not { } value || (value >= 0 && value <= whole);

    private static bool AllIntervalsValid(IReadOnlyList<EnergyInterval> intervals)
    {
        for (var k = 0; k < intervals.Count; k++)
        {
            if (intervals[k].End <= intervals[k].Start || intervals[k].Kwh < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static Problem? Broken(bool broken, string field, string rule) => broken ? new(field, rule) : null;

    private static Problem? Blank(string field, string? value) => string.IsNullOrWhiteSpace(value) ? new(field, "must not be empty") : null;

    private static Problem? Negative(string field, decimal? value) => value < 0 ? new(field, "must be at least 0") : null;

    /// <summary>A fossil or biogenic part, when given, lies between 0 and the whole it is part of.</summary>
    private static Problem? PartOf(string field, decimal? part, decimal whole, string wholeName) =>
        part is { } value && (value < 0 || value > whole) ? new(field, $"must be between 0 and {wholeName}") : null;
}
