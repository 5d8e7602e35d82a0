using System.Globalization;
using Microfactory.Carbon.Model;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Execution;
using CopilotFootprintLine = Microfactory.Copilot.Tools.Data.FootprintLine;

namespace Microfactory.Server.Features.Copilot;

/// <summary>Footprints and supplier coverage for the copilot over <see cref="FootprintService"/> and <see cref="SupplierCoverageService"/>.</summary>
internal sealed class CopilotCarbonTools(CopilotPlant plant, FootprintService footprints, ExecutionService units, SupplierCoverageService coverage) : ICarbonTools
{
    public async Task<FootprintSummary?> GetTemplateFootprintAsync(CopilotUser user, string templateId, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var found = await footprints.OfTemplateAsync(templateId, null, factory?.Id, cancellationToken);
        return found.Value is { } record ? Summary(record, false, CopilotCallers.TemplateLink(templateId) + "/footprint") : null;
    }

    public async Task<FootprintSummary?> GetUnitFootprintAsync(CopilotUser user, string serial, CancellationToken cancellationToken)
    {
        var found = await footprints.OfUnitAsync(user.ToCaller(), serial, units, cancellationToken);
        return found.Value is { } record ? Summary(record, true, CopilotCallers.UnitLink(serial)) : null;
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

    private static FootprintSummary Summary(ProductFootprintRecord record, bool actual, string link) => new(
        record.Id.ToString(), record.Serial ?? record.TemplateId, record.ProductName, actual, Math.Round(record.KgCo2ePerUnit, 3),
        Math.Round(record.Breakdown.PrimaryDataSharePercent / 100m, 4),
        [.. record.Breakdown.Lines.Select(l => new CopilotFootprintLine(
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Category.ToString()), l.Item, null, Math.Round(l.KgCo2e, 3), l.DataType == DataType.Primary))],
        link);
}
