using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.Templates;
using CopilotRoutingStep = Microfactory.Copilot.Tools.Data.RoutingStep;

namespace Microfactory.Server.Features.Copilot;

/// <summary>Templates and materials for the copilot over <see cref="TemplateService"/> and <see cref="MaterialService"/>.</summary>
internal sealed class CopilotCatalogueTools(CopilotPlant plant, TemplateService templates, MaterialService materials, SupplierStore suppliers) : ICatalogueTools
{
    public async Task<IReadOnlyList<TemplateSummary>> ListTemplatesAsync(CopilotUser user, CancellationToken cancellationToken)
    {
        var page = await templates.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
        return [.. page.Items.Select(Summary)];
    }

    public async Task<TemplateDetails?> GetTemplateAsync(CopilotUser user, string templateId, CancellationToken cancellationToken)
    {
        var found = await templates.GetAsync(templateId, null, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return null;
        }
        var (published, template) = found.Value;
        var design = await templates.DesignAsync(template.Id, template.Version.ToString(), new Dictionary<string, string>(), new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        var machines = await plant.MachinesAsync(cancellationToken);
        var routing = design.Value?.Routing.Select(step => new CopilotRoutingStep(step.Id, step.Id, step.CapabilityId,
            Math.Round((decimal)step.SetupSeconds / 60m, 1), Math.Round((decimal)step.RunSeconds / 60m, 1), step.Description,
            [.. machines.Where(m => m.Capabilities.Contains(step.CapabilityId)).Select(m => m.Name)])).ToList() ?? [];
        return new TemplateDetails(Summary(published), routing);
    }

    public async Task<IReadOnlyList<MaterialInfo>> ListMaterialsAsync(CopilotUser user, CancellationToken cancellationToken)
    {
        var page = await materials.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
        var names = (await suppliers.ListAsync(0, PageRequest.MaxPageSize, cancellationToken)).Items.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        return [.. page.Items.Select(m => new MaterialInfo(m.Id, m.Name, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m.Unit.ToString()),
            (decimal)m.KgCo2ePerUnit, names.GetValueOrDefault(m.SupplierId, m.SupplierId), m.EmissionFactorSource.StartsWith("supplier", StringComparison.OrdinalIgnoreCase),
            "/materials"))];
    }

    private static TemplateSummary Summary(PublishedTemplate t) => new(t.Metadata.Id, t.Metadata.Title, t.Metadata.Version.Major, t.Metadata.Description,
        CopilotCallers.TemplateLink(t.Metadata.Id));
}
