using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Core.Materials;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// How much of what a factory buys is covered by its suppliers' own footprints (the seeds' 80 % target): the materials
/// and packaging of the units the factory completed in a window, by mass and by spend (quantity × the catalogue price),
/// each counted as covered when the footprint engine, on the report date, takes a supplier-specific footprint for it
/// rather than a secondary factor. The engine decides, so coverage says exactly what the next footprint will use.
/// </summary>
internal sealed class SupplierCoverageService(
    FactoryStore factories,
    ExecutionStore execution,
    OrderStore orders,
    TemplateService templates,
    SupplierStore suppliers,
    FootprintService footprints,
    TimeProvider time)
{
    /// <summary>The seeds' goal: at least 80 % of supply digitally integrated.</summary>
    public const decimal Target = 0.80m;

    /// <summary>The window when none is asked for: the last 90 days of the factory's clock.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    /// <summary>The longest window one request may ask for.</summary>
    public const int MaxWindowDays = 366;

    /// <summary>Most units one window may hold (each names an order line whose design is evaluated once).</summary>
    public const int MaxUnits = 20_000;

    public async Task<ServiceResult<SupplierCoverageResponse>> GetAsync(string factoryId, string? from, string? to, string? on, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var start = QueryInstants.Parse(errors, "from", from, required: false);
        var end = QueryInstants.Parse(errors, "to", to, required: false);
        var reference = QueryInstants.Parse(errors, "on", on, required: false);
        if (!errors.IsEmpty)
        {
            return ServiceResult<SupplierCoverageResponse>.Invalid(errors.Errors);
        }
        var now = time.GetUtcNow();
        var windowEnd = end ?? now;
        var windowStart = start ?? windowEnd - DefaultWindow;
        if (windowEnd <= windowStart)
        {
            return ServiceResult<SupplierCoverageResponse>.Invalid("to", "to must be after from.");
        }
        if (windowEnd - windowStart > TimeSpan.FromDays(MaxWindowDays))
        {
            return ServiceResult<SupplierCoverageResponse>.Invalid("to", $"to may be at most {MaxWindowDays} days after from.");
        }
        var factory = factoryId.Length <= 100 ? await factories.GetAsync(factoryId, cancellationToken) : null;
        if (factory is null)
        {
            return ServiceResult<SupplierCoverageResponse>.NotFound($"No factory with id '{(factoryId.Length <= 60 ? factoryId : factoryId[..60] + "…")}'.");
        }
        var units = await execution.CompletedAtFactoryAsync(factory.Id, windowStart, windowEnd, MaxUnits + 1, cancellationToken);
        if (units.Count > MaxUnits)
        {
            return ServiceResult<SupplierCoverageResponse>.Invalid("from", $"from: the window holds more than {MaxUnits} completed units; shorten it.");
        }
        var bom = await BomAsync(units, cancellationToken);
        var date = reference ?? now;
        var result = await footprints.CalculateAsync(FootprintKind.Estimate, $"supply of {factory.Id}", 1, date, bom, [], factory, cancellationToken);
        if (!result.IsSuccess)
        {
            return ServiceResult<SupplierCoverageResponse>.Conflict(result.Problem!.Field, $"The suppliers' data cannot be applied: {result.Problem.Field} {result.Problem.Rule}.");
        }
        var catalogue = await footprints.MaterialsAsync(bom.Select(b => b.MaterialId), cancellationToken);
        var chosen = result.Footprint!.Lines
            .Where(l => l.Category is LineCategory.Materials or LineCategory.Packaging)
            .GroupBy(l => l.Item, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var materials = new List<CoveredMaterial>();
        foreach (var group in bom.GroupBy(b => b.MaterialId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            catalogue.TryGetValue(group.Key, out var material);
            var quantity = Math.Round((decimal)group.Sum(b => b.Quantity), 6);
            var line = chosen.GetValueOrDefault(group.Key);
            var covered = line?.DataType == DataType.Primary;
            materials.Add(new CoveredMaterial(
                group.Key,
                material?.Name ?? group.Key,
                material?.SupplierId,
                quantity,
                group.First().Unit,
                Math.Round((decimal)group.Sum(b => b.MassKg ?? 0), 6),
                material is null ? 0m : Math.Round(quantity * material.PricePerUnit, 2),
                covered,
                line?.FactorSource));
        }
        var supplierNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in materials.Select(m => m.SupplierId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            supplierNames[id] = (await suppliers.GetAsync(id, cancellationToken))?.Name ?? id;
        }
        return ServiceResult<SupplierCoverageResponse>.Ok(SupplierCoverageResponse.Of(
            factory.Id, factory.Currency, windowStart, windowEnd, date, units.Count, Target, materials, supplierNames));
    }

    /// <summary>The bill of materials of every unit together, each order line's design evaluated once.</summary>
    private async Task<IReadOnlyList<BomQuantity>> BomAsync(IReadOnlyList<ProducedUnit> units, CancellationToken cancellationToken)
    {
        var orderCache = new Dictionary<string, Order?>(StringComparer.Ordinal);
        var designCache = new Dictionary<string, IReadOnlyList<BomQuantity>?>(StringComparer.Ordinal);
        var bom = new List<BomQuantity>();
        foreach (var unit in units)
        {
            if (!orderCache.TryGetValue(unit.OrderId, out var order))
            {
                order = orderCache[unit.OrderId] = await orders.GetAsync(unit.OrderId, cancellationToken);
            }
            if (order?.Lines.FirstOrDefault(l => l.Id == unit.LineId) is not { } line)
            {
                continue;
            }
            var key = FootprintService.DesignKey(line.TemplateId, line.TemplateVersion, line.Parameters);
            if (!designCache.TryGetValue(key, out var lines))
            {
                var design = await templates.DesignAsync(line.TemplateId, line.TemplateVersion, line.Parameters, new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
                // A design that no longer evaluates bought nothing we could name; its units are left out rather than guessed.
                lines = designCache[key] = design.Outcome == ServiceOutcome.Ok ? FootprintService.Bom(design.Value!, 1) : null;
            }
            if (lines is not null)
            {
                bom.AddRange(lines);
            }
        }
        return bom;
    }
}

/// <summary>One material of the supply: what was used, its mass and spend, and the data the engine takes for it.</summary>
internal sealed record CoveredMaterial(
    string MaterialId, string Name, string? SupplierId, decimal Quantity, string Unit, decimal MassKg, decimal Spend, bool Covered, string? Source);
