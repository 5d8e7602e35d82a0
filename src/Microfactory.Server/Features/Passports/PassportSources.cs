using Microfactory.Core.Factories;
using Microfactory.Core.Materials;
using Microfactory.Design.Evaluation;
using Microfactory.Passport.Content;
using Microfactory.Passport.Packaging;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Templates;
using Microsoft.Extensions.Options;
using PassportOperation = Microfactory.Passport.Content.AsBuiltOperation;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// Gathers a passport's facts from what the platform keeps: the unit and its as-built record, the order line's design
/// (template version and parameter values: BOM, files, routing), the materials' recycled content and recyclability, the
/// footprint (a unit's actual one, a template's estimate), the factory's manufacturer and the template's disassembly steps.
/// Nothing is stored: the same records give the same passport, byte for byte.
/// </summary>
internal sealed class PassportSources(
    TemplateService templates, OrderStore orders, FactoryStore factories, MachineStore machines, CapabilityStore capabilities,
    FootprintService footprints, ProductFootprintStore footprintStore, IOptions<PassportOptions> options, IOptions<CarbonOptions> carbon)
{
    /// <summary>The calculation standard and life-cycle stages of every footprint the platform computes (cradle to gate).</summary>
    private static readonly string[] Methods = ["ISO 14067"];
    private static readonly string[] Phases = ["A1-A3"];

    /// <summary>The facts of a finished unit: its own design, its actual footprint and its as-built record.</summary>
    public async Task<ServiceResult<PassportFacts>> OfUnitAsync(ProducedUnit unit, CancellationToken cancellationToken)
    {
        if (unit is not { Status: UnitStatus.Completed, CompletedAt: { } completed })
        {
            throw new ArgumentException($"Unit {unit.Serial} is not completed.", nameof(unit));
        }
        var order = await orders.GetAsync(unit.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {unit.Serial} belongs to order {unit.OrderId}, which cannot be read.");
        var line = order.Lines.Single(l => l.Id == unit.LineId);
        var factory = await factories.GetAsync(unit.FactoryId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {unit.Serial} belongs to factory {unit.FactoryId}, which cannot be read.");
        var actual = await footprintStore.OfUnitAsync(unit.Serial, cancellationToken);
        var type = await TypeAsync(line.TemplateId, line.TemplateVersion, line.Parameters, factory, null, completed, cancellationToken);
        if (type.Outcome != ServiceOutcome.Ok)
        {
            return type;
        }
        var facts = type.Value!;
        var routing = await RoutingNamesAsync(line.TemplateId, line.TemplateVersion, line.Parameters, cancellationToken);
        var operations = new List<PassportOperation>();
        var machineNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var op in unit.AsBuilt?.Operations ?? [])
        {
            if (!machineNames.TryGetValue(op.MachineId, out var machineName))
            {
                machineName = (await machines.GetAsync(op.MachineId, cancellationToken))?.Name;
                machineNames[op.MachineId] = machineName;
            }
            operations.Add(new PassportOperation(op.OperationId, routing.GetValueOrDefault(op.StepId, op.StepId), op.MachineId, op.Start, op.End, op.Good, op.Scrap,
                op.EnergyKwh ?? EnergyOf(actual, op.OperationId)) { MachineName = machineName });
        }
        var passport = new UnitPassport(facts.Type, unit.Serial, completed, operations, actual is null ? null : Summary(actual));
        return ServiceResult<PassportFacts>.Ok(facts with { Unit = passport, Footprint = actual });
    }

    /// <summary>The facts of a template version's default design at a factory (the only one when <paramref name="factoryId"/> is null), with its estimate.</summary>
    public async Task<ServiceResult<PassportFacts>> OfTypeAsync(string templateId, string? version, string? factoryId, CancellationToken cancellationToken)
    {
        var found = await templates.GetAsync(templateId, version, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return found.Outcome switch
            {
                ServiceOutcome.NotFound => ServiceResult<PassportFacts>.NotFound(found.Message!),
                ServiceOutcome.Conflict => ServiceResult<PassportFacts>.Conflict("materials", found.Message!),
                _ => ServiceResult<PassportFacts>.Invalid(found.Errors),
            };
        }
        Factory? factory;
        if (factoryId is null)
        {
            var (list, total) = await factories.ListAsync(0, 2, cancellationToken);
            factory = total == 1 ? list[0] : null;
            if (factory is null)
            {
                return ServiceResult<PassportFacts>.Invalid("factoryId", "factoryId is required: the platform has more than one factory (or none).");
            }
        }
        else
        {
            factory = factoryId.Length <= 100 ? await factories.GetAsync(factoryId, cancellationToken) : null;
            if (factory is null)
            {
                return ServiceResult<PassportFacts>.NotFound($"No factory '{Short(factoryId)}'.");
            }
        }
        var published = found.Value.Published;
        var estimate = await footprints.OfTemplateAsync(published.Id, published.Version.ToString(), factory.Id, cancellationToken);
        return await TypeAsync(published.Id, published.Version.ToString(), new Dictionary<string, string>(), factory,
            estimate.Outcome == ServiceOutcome.Ok ? estimate.Value : null, published.PublishedAt, cancellationToken);
    }

    private async Task<ServiceResult<PassportFacts>> TypeAsync(string templateId, string version, IReadOnlyDictionary<string, string> parameters, Factory factory,
        ProductFootprintRecord? estimate, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var found = await templates.GetAsync(templateId, version, cancellationToken);
        var evaluated = await templates.DesignAsync(templateId, version, parameters, new EvaluationOptions { IncludeGeometry = true }, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok || evaluated.Outcome != ServiceOutcome.Ok)
        {
            return ServiceResult<PassportFacts>.Conflict("design",
                $"The design of {templateId} {version} no longer evaluates against the catalogue: {found.Message ?? evaluated.Message ?? string.Join(" ", evaluated.Errors.Select(e => e.Message))}");
        }
        if (!options.Value.Manufacturers.TryGetValue(factory.Id, out var maker))
        {
            return ServiceResult<PassportFacts>.Conflict("manufacturer",
                $"No manufacturer is configured for factory {factory.Id}: set {PassportOptions.Section}:Manufacturers:{factory.Id} (Name, Street, Zipcode, CityTown, NationalCode).");
        }
        var (published, template) = found.Value;
        var design = evaluated.Value!;
        var (materials, recyclability) = await MaterialsAsync(design, cancellationToken);
        var files = new List<DesignFile>();
        var contents = new List<AasxFile>();
        foreach (var file in design.Files)
        {
            var kind = file.FileName.EndsWith(".stl", StringComparison.OrdinalIgnoreCase) ? DesignFileKind.Model : DesignFileKind.Drawing;
            var title = kind == DesignFileKind.Model ? $"3D model {file.FileName}" : $"Drawing {file.FileName}";
            Add(new DesignFile(file.FileName, file.MediaType, title, kind), file.Content.ToArray());
        }
        Add(new DesignFile(PassportFiles.DesignJson, "application/json", "Design specification: parameters, bill of materials and routing", DesignFileKind.Specification),
            DesignJson.Serialize(design));
        var manufacturer = new ManufacturerInfo(maker.Name, new PostalAddress(maker.Street, maker.Zipcode, maker.CityTown, maker.NationalCode))
        {
            CountryOfOrigin = maker.NationalCode,
            FacilityId = factory.Id,
        };
        var type = new ProductTypePassport(published.Id, published.Version.ToString(), published.Metadata.Title, manufacturer, materials,
            [.. template.Passport.Disassembly.Select(s => new DisassemblyStep(s))], estimate is null ? null : Summary(estimate), files, issuedAt)
        {
            ProductFamily = published.Metadata.Category,
        };
        return ServiceResult<PassportFacts>.Ok(new PassportFacts(type, null, contents, published.Metadata.Description, published.Metadata.Designer, published.Metadata.Licence,
            design.Parameters, template.Passport.Materials, template.Passport.Circularity, estimate, factory.TimeZoneId, recyclability));

        void Add(DesignFile file, byte[] content)
        {
            files.Add(file);
            contents.Add(new AasxFile(file.PackagePath, file.ContentType, content));
        }
    }

    /// <summary>The product's materials (packaging left out: it is not part of the product), one entry per material.</summary>
    private async Task<(IReadOnlyList<BomMaterial> Materials, IReadOnlyDictionary<string, string> Recyclability)> MaterialsAsync(
        Design.Evaluation.Design design, CancellationToken cancellationToken)
    {
        var packaging = carbon.Value.PackagingMaterials.ToHashSet(StringComparer.Ordinal);
        var lines = design.Bom.Where(b => !packaging.Contains(b.MaterialId)).GroupBy(b => b.MaterialId, StringComparer.Ordinal).ToList();
        var catalogue = await footprints.MaterialsAsync(lines.Select(l => l.Key), cancellationToken);
        var materials = new List<BomMaterial>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var mass = (decimal)Math.Round(line.Sum(b => b.MassKg ?? 0), 6);
            var material = catalogue.GetValueOrDefault(line.Key);
            var recycled = material is null ? 0m : Math.Round((decimal)material.RecycledContentPercent, 3);
            // Only materials recycled in established streams count as recyclable; "limited" ones are down-cycled at best.
            var recyclable = material?.Recyclability == Recyclability.Recyclable ? 100m : 0m;
            materials.Add(new BomMaterial(line.First().MaterialName, mass, recycled, recyclable) { MaterialId = line.Key });
            classes[line.Key] = material?.Recyclability switch
            {
                Recyclability.Recyclable => "recyclable",
                Recyclability.Limited => "recyclable in some streams only",
                Recyclability.NotRecyclable => "not recyclable",
                _ => "unknown",
            };
        }
        return (materials, classes);
    }

    /// <summary>What each routing step of the design does, by step id: the capability's name.</summary>
    private async Task<IReadOnlyDictionary<string, string>> RoutingNamesAsync(string templateId, string version, IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken)
    {
        var design = await templates.DesignAsync(templateId, version, parameters, new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        var names = (await capabilities.ListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        return (design.Value?.Routing ?? []).ToDictionary(s => s.Id, s => names.GetValueOrDefault(s.CapabilityId, s.Id), StringComparer.Ordinal);
    }

    /// <summary>The kWh the footprint counted for an unmetered operation (running time × the machine's working power), 0 without a footprint.</summary>
    private static decimal EnergyOf(ProductFootprintRecord? footprint, string operationId) =>
        footprint?.Breakdown.Lines.FirstOrDefault(l => l.Category == Microfactory.Carbon.Model.LineCategory.ProcessEnergy && l.Item == operationId)?.Quantity ?? 0m;

    private static FootprintSummary Summary(ProductFootprintRecord record) =>
        new(record.KgCo2ePerUnit, record.Breakdown.DeclaredUnit, 1, Methods, Phases, record.CreatedAt) { ExpiresAt = record.ValidUntil };

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
