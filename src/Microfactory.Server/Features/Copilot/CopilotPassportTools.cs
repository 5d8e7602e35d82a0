using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// A unit's passport as far as this host has one: the completed unit (as the asking user may see it through
/// <see cref="ExecutionService"/>), its product and its actual footprint. Kept to this one file so it can be pointed at
/// the passport service when that arrives; the shell id is the unit's serial URN until then.
/// </summary>
internal sealed class CopilotPassportTools(ExecutionService units, ExecutionStore store, FootprintService footprints, TemplateService templates) : IPassportTools
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
        return new PassportSummary(unit.Serial, footprints.SerialUrn(unit.Serial), template.Value.Published?.Metadata.Title ?? unit.TemplateId, unit.OrderId, completed,
            Math.Round(footprint.Value?.KgCo2ePerUnit ?? 0m, 3), materials, CopilotCallers.UnitLink(unit.Serial));
    }
}
