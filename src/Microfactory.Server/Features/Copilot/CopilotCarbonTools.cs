using System.Globalization;
using Microfactory.Carbon.Model;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;
using CopilotFootprintLine = Microfactory.Copilot.Tools.Data.FootprintLine;

namespace Microfactory.Server.Features.Copilot;

/// <summary>Footprints and supplier coverage for the copilot over <see cref="FootprintService"/> and <see cref="SupplierCoverageService"/>.</summary>
internal sealed class CopilotCarbonTools(
    CopilotPlant plant, FootprintService footprints, ExecutionService units, SupplierCoverageService coverage, MaterialStore materials, SupplierStore suppliers) : ICarbonTools
{
    public async Task<FootprintSummary?> GetTemplateFootprintAsync(CopilotUser user, string templateId, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var found = await footprints.OfTemplateAsync(templateId, null, factory?.Id, cancellationToken);
        return found.Value is { } record ? await SummaryAsync(record, false, CopilotCallers.TemplateLink(templateId) + "/footprint", cancellationToken) : null;
    }

    public async Task<FootprintSummary?> GetUnitFootprintAsync(CopilotUser user, string serial, CancellationToken cancellationToken)
    {
        var found = await footprints.OfUnitAsync(user.ToCaller(), serial, units, cancellationToken);
        return found.Value is { } record ? await SummaryAsync(record, true, CopilotCallers.UnitLink(serial), cancellationToken) : null;
    }

    public async Task<SupplierCoverage?> GetSupplierCoverageAsync(CopilotUser user, Period? period, CancellationToken cancellationToken)
    {
        if (await plant.FactoryAsync(cancellationToken) is not { } factory)
        {
            return null;
        }
        string? from = null, to = null;
        if (period is { } p && plant.Resolve(p, factory, []) is { } window)
        {
            from = window.From.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
            to = window.To.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }
        var found = await coverage.GetAsync(factory.Id, from, to, null, cancellationToken);
        if (found.Value is not { } c || c.Units == 0)
        {
            return null;
        }
        return new SupplierCoverage(c.From, c.To, c.ByMass.Share ?? 0m, c.BySpend.Share ?? 0m, c.Target,
            [.. c.Suppliers.Select(s => new SupplierShare(s.SupplierId ?? "", s.Name, s.ByMass.Share ?? 0m, s.CoveredMaterials > 0))], "/carbon");
    }

    /// <summary>The footprint with each material line's supplier named (the line holds the material's id), so "which supplier drives it" has an answer.</summary>
    private async Task<FootprintSummary> SummaryAsync(ProductFootprintRecord record, bool actual, string link, CancellationToken cancellationToken)
    {
        var supplierOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in record.Breakdown.Lines.Where(l => l.Category == LineCategory.Materials).Select(l => l.Item).Distinct(StringComparer.Ordinal))
        {
            var material = await materials.GetAsync(id, cancellationToken);
            supplierOf[id] = material is null ? null : (await suppliers.GetAsync(material.SupplierId, cancellationToken))?.Name ?? material.SupplierId;
        }
        return new FootprintSummary(
            record.Id.ToString(), record.Serial ?? record.TemplateId, record.ProductName, actual, Math.Round(record.KgCo2ePerUnit, 3),
            Math.Round(record.Breakdown.PrimaryDataSharePercent / 100m, 4),
            [.. record.Breakdown.Lines.Select(l => new CopilotFootprintLine(
                System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Category.ToString()), l.Item, supplierOf.GetValueOrDefault(l.Item), Math.Round(l.KgCo2e, 3),
                l.DataType == DataType.Primary))],
            link);
    }
}
