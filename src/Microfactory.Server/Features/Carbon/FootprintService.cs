using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Core.Materials;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Templates;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// Computes and stores the platform's product footprints with <see cref="FootprintCalculator"/>: the estimate of a
/// design (a template version with parameter values; published for the catalogue's default designs) and the actual
/// footprint of a produced unit from its as-built record (metered energy at the grid intensity of the hours it ran).
/// </summary>
internal sealed class FootprintService(
    ProductFootprintStore store,
    FactoryStore factories,
    MaterialStore materials,
    MachineStore machines,
    TemplateService templates,
    ExecutionStore execution,
    OrderStore orders,
    SupplierFootprintLookup supplierFootprints,
    IOptions<CarbonOptions> options,
    TimeProvider time)
{
    /// <summary>A design's work is assumed to start at this local hour when no plan places it (catalogue estimates).</summary>
    private const int EstimateStartHour = 9;

    private CarbonOptions Options => options.Value;

    /// <summary>The key of a design: template, version and the parameter values in ordinal order (empty for the defaults).</summary>
    public static string DesignKey(string templateId, string version, IReadOnlyDictionary<string, string> parameters) =>
        $"{templateId}@{version}" + (parameters.Count == 0 ? "" : "?" + string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));

    /// <summary>What an estimate is of: a design made at a factory (the energy and the inbound legs are the factory's).</summary>
    public static string EstimateSubject(string factoryId, string templateId, string version, IReadOnlyDictionary<string, string> parameters) =>
        $"{factoryId}/{DesignKey(templateId, version, parameters)}";

    /// <summary>The design's product URN: template, version and a digest of the key, so equal designs share one id.</summary>
    public string DesignUrn(string templateId, string version, IReadOnlyDictionary<string, string> parameters)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DesignKey(templateId, version, parameters))))[..16];
        return $"urn:pact:{Options.IssuerDomain}:product-id:{templateId}:{version}:{digest}";
    }

    /// <summary>The produced unit's URN.</summary>
    public string SerialUrn(string serial) => $"urn:pact:{Options.IssuerDomain}:serial:{serial}";

    /// <summary>
    /// Computes the estimate of a design at <paramref name="factoryId"/> and publishes it as the active footprint of the
    /// design, unless the active one already says the same; returns the footprint in force.
    /// </summary>
    public async Task<ServiceResult<ProductFootprintRecord>> PublishEstimateAsync(
        string factoryId, string templateId, string? version, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var factory = await factories.GetAsync(factoryId, cancellationToken);
        if (factory is null)
        {
            return ServiceResult<ProductFootprintRecord>.NotFound($"No factory '{factoryId}'.");
        }
        var evaluated = await templates.DesignAsync(templateId, version, parameters, new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        if (evaluated.Outcome != ServiceOutcome.Ok)
        {
            return evaluated.Outcome == ServiceOutcome.NotFound
                ? ServiceResult<ProductFootprintRecord>.NotFound(evaluated.Message!)
                : ServiceResult<ProductFootprintRecord>.Invalid(evaluated.Errors);
        }
        var design = evaluated.Value!;
        var now = time.GetUtcNow();
        var capable = (await machines.ListAsync(factory.Id, 0, 10_000, cancellationToken)).Items;
        var energy = EstimatedEnergy(design, capable, factory, now);
        var subject = EstimateSubject(factory.Id, design.TemplateId, design.TemplateVersion, parameters);
        var bom = Bom(design, 1);
        var result = await CalculateAsync(FootprintKind.Estimate, subject, 1, now, bom, energy, factory, cancellationToken);
        if (!result.IsSuccess)
        {
            return ServiceResult<ProductFootprintRecord>.Invalid(result.Problem.Field, $"{result.Problem.Field} {result.Problem.Rule}.");
        }
        var active = await store.ActiveAsync(FootprintKinds.Estimate, subject, cancellationToken);
        if (active is not null && SameFigures(active.Breakdown, result.Footprint))
        {
            return ServiceResult<ProductFootprintRecord>.Ok(active);
        }
        var title = (await templates.GetAsync(design.TemplateId, design.TemplateVersion, cancellationToken)).Value.Published.Metadata.Title;
        var record = new ProductFootprintRecord(
            Guid.NewGuid(), factory.Id, FootprintKinds.Estimate, subject, design.TemplateId, design.TemplateVersion, null,
            [DesignUrn(design.TemplateId, design.TemplateVersion, parameters)], title, Describe(title, design, parameters, factory),
            FootprintKinds.Active, active is null ? [] : [active.Id], now, null, now, now.AddDays(Options.ValidityDays),
            energy.Count > 0 ? energy.Min(e => e.Start) : now, energy.Count > 0 ? energy.Max(e => e.End) : now, Country(factory), result.Footprint);
        await store.InsertAsync(record, cancellationToken);
        return ServiceResult<ProductFootprintRecord>.Ok(record);
    }

    /// <summary>
    /// Computes and stores the actual footprint of a completed unit from its as-built record, unless it has one; returns
    /// it, or null when the unit is unknown or not completed. Metered energy is primary data; an operation on a machine
    /// without a meter counts its running time at the machine's working power (secondary).
    /// </summary>
    public async Task<ProductFootprintRecord?> RecordActualAsync(string serial, CancellationToken cancellationToken)
    {
        if (await store.OfUnitAsync(serial, cancellationToken) is { } existing)
        {
            return existing;
        }
        var unit = await execution.UnitAsync(serial, cancellationToken);
        if (unit is not { Status: UnitStatus.Completed, AsBuilt: { } asBuilt, CompletedAt: { } completed })
        {
            return null;
        }
        var factory = await factories.GetAsync(unit.FactoryId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {serial} belongs to factory {unit.FactoryId}, which cannot be read.");
        var order = await orders.GetAsync(unit.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {serial} belongs to order {unit.OrderId}, which cannot be read.");
        var line = order.Lines.Single(l => l.Id == unit.LineId);
        var evaluated = await templates.DesignAsync(line.TemplateId, line.TemplateVersion, line.Parameters, new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        if (evaluated.Outcome != ServiceOutcome.Ok)
        {
            throw new InvalidOperationException($"The design of unit {serial} ({line.TemplateId} {line.TemplateVersion}) no longer evaluates: {evaluated.Message}");
        }
        var design = evaluated.Value!;
        var machinesById = new Dictionary<string, Machine>(StringComparer.Ordinal);
        var energy = new List<OperationKwh>();
        foreach (var operation in asBuilt.Operations)
        {
            if (operation.EnergyKwh is { } metered)
            {
                energy.Add(new OperationKwh(operation.OperationId, metered, operation.Start, operation.End, true));
                continue;
            }
            if (!machinesById.TryGetValue(operation.MachineId, out var machine))
            {
                machine = await machines.GetAsync(operation.MachineId, cancellationToken);
                machinesById[operation.MachineId] = machine!;
            }
            var kwh = (decimal)((machine?.WorkingPowerKw ?? 0) * operation.RunSeconds / 3600.0);
            energy.Add(new OperationKwh(operation.OperationId, Math.Round(kwh, 6), operation.Start, operation.End, false));
        }
        var result = await CalculateAsync(FootprintKind.Actual, serial, 1, completed, Bom(design, 1), energy, factory, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The footprint of unit {serial} cannot be computed: {result.Problem.Field} {result.Problem.Rule}.");
        }
        var title = (await templates.GetAsync(line.TemplateId, line.TemplateVersion, cancellationToken)).Value.Published.Metadata.Title;
        var start = asBuilt.Operations.Count > 0 ? asBuilt.Operations.Min(o => o.Start) : unit.StartedAt;
        var record = new ProductFootprintRecord(
            Guid.NewGuid(), factory.Id, FootprintKinds.Actual, serial, line.TemplateId, line.TemplateVersion, serial,
            [DesignUrn(line.TemplateId, line.TemplateVersion, line.Parameters), SerialUrn(serial)], title,
            $"{title}, serial number {serial} (order {order.Id}, line {line.LineNumber}), made at {factory.Name}: actual cradle-to-gate footprint from its as-built record.",
            FootprintKinds.Active, [], completed, null, completed, completed.AddDays(Options.ValidityDays), start, completed, Country(factory), result.Footprint);
        await store.InsertAsync(record, cancellationToken);
        return record;
    }

    /// <summary>A footprint by id (staff read every footprint).</summary>
    public async Task<ServiceResult<ProductFootprintRecord>> GetAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key) && await store.GetAsync(key, cancellationToken) is { } found
            ? ServiceResult<ProductFootprintRecord>.Ok(found)
            : ServiceResult<ProductFootprintRecord>.NotFound($"No footprint with id '{Short(id)}'.");

    /// <summary>The actual footprint of a unit the caller may see (a customer only its own units).</summary>
    public async Task<ServiceResult<ProductFootprintRecord>> OfUnitAsync(Caller caller, string serial, ExecutionService units, CancellationToken cancellationToken)
    {
        var unit = await units.UnitAsync(caller, serial, cancellationToken);
        if (unit.Outcome != ServiceOutcome.Ok)
        {
            return ServiceResult<ProductFootprintRecord>.NotFound(unit.Message!);
        }
        return await store.OfUnitAsync(unit.Value!.Serial, cancellationToken) is { } footprint
            ? ServiceResult<ProductFootprintRecord>.Ok(footprint)
            : ServiceResult<ProductFootprintRecord>.NotFound(unit.Value.Status == UnitStatus.Completed
                ? $"Unit {unit.Value.Serial} is completed; its footprint is being computed. Ask again in a moment."
                : $"Unit {unit.Value.Serial} is still in production; its actual footprint is computed when its last operation is done.");
    }

    /// <summary>The active estimate of a template version's default design at a factory.</summary>
    public async Task<ServiceResult<ProductFootprintRecord>> OfTemplateAsync(string templateId, string? version, string? factoryId, CancellationToken cancellationToken)
    {
        var template = await templates.GetAsync(templateId, version, cancellationToken);
        if (template.Outcome != ServiceOutcome.Ok)
        {
            return template.Outcome == ServiceOutcome.NotFound
                ? ServiceResult<ProductFootprintRecord>.NotFound(template.Message!)
                : ServiceResult<ProductFootprintRecord>.Invalid(template.Errors);
        }
        var factory = factoryId is null ? await OnlyFactoryAsync(cancellationToken) : await factories.GetAsync(factoryId, cancellationToken);
        if (factory is null)
        {
            return factoryId is null
                ? ServiceResult<ProductFootprintRecord>.Invalid("factoryId", "factoryId is required: the platform has more than one factory (or none).")
                : ServiceResult<ProductFootprintRecord>.NotFound($"No factory '{Short(factoryId)}'.");
        }
        var published = template.Value.Published;
        var subject = EstimateSubject(factory.Id, published.Id, published.Version.ToString(), new Dictionary<string, string>());
        return await store.ActiveAsync(FootprintKinds.Estimate, subject, cancellationToken) is { } footprint
            ? ServiceResult<ProductFootprintRecord>.Ok(footprint)
            : ServiceResult<ProductFootprintRecord>.NotFound($"No footprint of {published.Id} {published.Version} at {factory.Name} yet: it is published shortly after the version appears.");
    }

    private async Task<Factory?> OnlyFactoryAsync(CancellationToken cancellationToken)
    {
        var (list, total) = await factories.ListAsync(0, 2, cancellationToken);
        return total == 1 ? list[0] : null;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>The engine's footprint of a bill of materials and energy at a factory, with the suppliers' footprints valid on <paramref name="on"/>.</summary>
    public async Task<FootprintResult> CalculateAsync(
        FootprintKind kind, string subject, int units, DateTimeOffset on, IReadOnlyList<BomQuantity> bom, IReadOnlyList<OperationKwh> energy, Factory factory,
        CancellationToken cancellationToken)
    {
        var catalogue = await MaterialsAsync(bom.Select(b => b.MaterialId), cancellationToken);
        var suppliers = await supplierFootprints.ValidForAsync(catalogue.Keys, on, cancellationToken);
        return FootprintCalculator.Calculate(FootprintInputs.Build(kind, subject, units, on, bom, catalogue, suppliers, energy, factory, Options));
    }

    /// <summary>The catalogue entries of the given materials (unknown ids are left out; the engine then names them).</summary>
    public async Task<IReadOnlyDictionary<string, Material>> MaterialsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Material>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await materials.GetAsync(id, cancellationToken) is { } material)
            {
                found[id] = material;
            }
        }
        return found;
    }

    /// <summary>A design's bill of materials for <paramref name="units"/> units.</summary>
    public static IReadOnlyList<BomQuantity> Bom(Design.Evaluation.Design design, int units) =>
        [.. design.Bom.Select(b => new BomQuantity(b.MaterialId, b.Quantity * units, b.Unit, b.MassKg * units))];

    /// <summary>
    /// Energy of a design no plan has placed: its steps one after another from the next 09:00 at the factory, each at
    /// the mean working power of the factory's machines that have the capability.
    /// </summary>
    private static IReadOnlyList<OperationKwh> EstimatedEnergy(Design.Evaluation.Design design, IReadOnlyList<Machine> factoryMachines, Factory factory, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var startLocal = local.Date.AddHours(EstimateStartHour);
        if (startLocal <= local.DateTime)
        {
            startLocal = startLocal.AddDays(1);
        }
        var at = new DateTimeOffset(startLocal, zone.GetUtcOffset(startLocal)).ToUniversalTime();
        var energy = new List<OperationKwh>();
        foreach (var step in design.Routing)
        {
            var capable = factoryMachines.Where(m => m.Capabilities.Contains(step.CapabilityId, StringComparer.Ordinal)).ToList();
            var seconds = step.SetupSeconds + step.RunSeconds;
            var power = capable.Count == 0 ? 0 : capable.Average(m => m.WorkingPowerKw);
            var end = at.AddSeconds(seconds);
            energy.Add(new OperationKwh(step.Id, Math.Round((decimal)(power * seconds / 3600.0), 6), at, end, false));
            at = end;
        }
        return energy;
    }

    private static bool SameFigures(Footprint a, Footprint b) =>
        a.KgCo2ePerDeclaredUnit == b.KgCo2ePerDeclaredUnit && a.PrimaryDataSharePercent == b.PrimaryDataSharePercent && a.Lines.Count == b.Lines.Count
        && a.Lines.Zip(b.Lines).All(p => p.First.KgCo2e == p.Second.KgCo2e && p.First.FactorSource == p.Second.FactorSource);

    private static string Describe(string title, Design.Evaluation.Design design, IReadOnlyDictionary<string, string> parameters, Factory factory) =>
        $"{title} ({design.TemplateId} {design.TemplateVersion}, "
        + (parameters.Count == 0 ? "default parameters" : string.Join(", ", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}")))
        + $"), made at {factory.Name}: estimated cradle-to-gate footprint of one piece.";

    /// <summary>The factory's ISO 3166 country code as configured (PACT <c>geographyCountry</c>); empty when not configured.</summary>
    private string Country(Factory factory) => Options.FactoryCountries.GetValueOrDefault(factory.Id, "");
}
