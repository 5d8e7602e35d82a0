using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// A unit's passport: the completed unit (as the asking user may see it through <see cref="ExecutionService"/>), its
/// product, its actual footprint, and the id of the AAS shell <see cref="Passports.PassportService"/> issues for it.
/// </summary>
internal sealed class CopilotPassportTools(
    ExecutionService units, ExecutionStore store, FootprintService footprints, TemplateService templates, Passports.PassportService passports) : IPassportTools
{
    public async Task<PassportSummary?> GetPassportAsync(CopilotUser user, string serial, CancellationToken cancellationToken)
    {
        var visible = await units.UnitAsync(user.ToCaller(), serial, cancellationToken);
        if (visible.Outcome != ServiceOutcome.Ok || await store.UnitAsync(visible.Value!.Serial, cancellationToken) is not { Status: UnitStatus.Completed, CompletedAt: { } completed } unit)
        {
            return null;
        }
        var footprint = await footprints.OfUnitAsync(user.ToCaller(), unit.Serial, units, cancellationToken);
        var template = await templates.GetAsync(unit.TemplateId, unit.TemplateVersion, cancellationToken);
        var materials = footprint.Value?.Breakdown.Lines.Where(l => l.Category == Microfactory.Carbon.Model.LineCategory.Materials).Select(l => l.Item).Distinct().ToList() ?? [];
        var issued = await passports.OfUnitAsync(user.ToCaller(), unit.Serial, cancellationToken);
        var shellId = issued.Value?.Environment.AssetAdministrationShells.FirstOrDefault()?.Id ?? footprints.SerialUrn(unit.Serial);
        return new PassportSummary(unit.Serial, shellId, template.Value.Published?.Metadata.Title ?? unit.TemplateId, unit.OrderId, completed,
            Math.Round(footprint.Value?.KgCo2ePerUnit ?? 0m, 3), materials, CopilotCallers.UnitLink(unit.Serial));
    }
}
