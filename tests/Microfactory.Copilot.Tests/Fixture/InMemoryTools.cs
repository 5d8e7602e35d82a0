using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Tests.Fixture;

/// <summary>
/// The tool contracts over <see cref="PlantData"/>, with the host's visibility rule: a customer sees only its own orders,
/// units and passports. It counts calls so tests can show which tools an answer used.
/// </summary>
internal sealed class InMemoryTools : IOrderTools, IPlanTools, IMachineTools, ICarbonTools, IPassportTools, ICatalogueTools
{
    public int Calls { get; private set; }

    public Task<IReadOnlyList<OrderSummary>> ListOrdersAsync(CopilotUser user, OrderFilter filter, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<OrderSummary>>([.. Visible(user, PlantData.Orders).Where(o => filter switch
        {
            OrderFilter.Late => o.IsLate,
            OrderFilter.Open => o.Status is not ("completed" or "shipped" or "cancelled"),
            _ => true,
        }).OrderByDescending(o => o.LatenessHours).ThenBy(o => o.Number, StringComparer.Ordinal)]);

    public Task<OrderSummary?> GetOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken) =>
        Done(Visible(user, PlantData.Orders).FirstOrDefault(o => Matches(o, order)));

    public Task<OrderExplanation?> ExplainOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken)
    {
        var found = Visible(user, PlantData.Orders).FirstOrDefault(o => Matches(o, order));
        return Done(found is null ? null
            : found.Id == "ord_1042" ? PlantData.Explanation1042
            : new OrderExplanation(found, PlantData.Plan.Cite(), []));
    }

    public Task<PlanSnapshot?> GetLivePlanAsync(CopilotUser user, CancellationToken cancellationToken) => Done<PlanSnapshot?>(PlantData.Plan);

    public Task<IReadOnlyList<MachineStatus>> GetMachineStatesAsync(CopilotUser user, string? machineId, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<MachineStatus>>([.. PlantData.States.Where(s => machineId is null || s.MachineId == machineId)]);

    public Task<IReadOnlyList<OeeFigures>> GetOeeAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<OeeFigures>>([.. PlantData.Oee.Where(o => o.Period == period && (machineId is null ? o.Figures.MachineId == "fac_1" : o.Figures.MachineId == machineId)).Select(o => o.Figures)]);

    public Task<IReadOnlyList<AlarmRecord>> GetAlarmsAsync(CopilotUser user, string? machineId, bool openOnly, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<AlarmRecord>>([.. PlantData.Alarms.Where(a => (machineId is null || a.MachineId == machineId) && (!openOnly || a.State != "cleared")).OrderByDescending(a => a.RaisedAt)]);

    public Task<IReadOnlyList<MaintenanceEvent>> GetMaintenanceHistoryAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<MaintenanceEvent>>([.. PlantData.History.Where(h => h.Period == period && (machineId is null || h.Event.MachineId == machineId)).Select(h => h.Event).OrderBy(e => e.From)]);

    public Task<FootprintSummary?> GetTemplateFootprintAsync(CopilotUser user, string templateId, CancellationToken cancellationToken) =>
        Done(templateId == "wall-shelf" ? PlantData.WallShelfFootprint : null);

    public Task<FootprintSummary?> GetUnitFootprintAsync(CopilotUser user, string serial, CancellationToken cancellationToken) =>
        Done(Visible(user, PlantData.UnitFootprints).FirstOrDefault(f => f.Subject == serial));

    public Task<SupplierCoverage?> GetSupplierCoverageAsync(CopilotUser user, Period? period, CancellationToken cancellationToken) =>
        Done(period is null ? PlantData.Coverage : null);

    public Task<PassportSummary?> GetPassportAsync(CopilotUser user, string serial, CancellationToken cancellationToken) =>
        Done(Visible(user, PlantData.Passports).FirstOrDefault(p => string.Equals(p.Serial, serial, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<TemplateSummary>> ListTemplatesAsync(CopilotUser user, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<TemplateSummary>>([.. PlantData.Templates.Select(t => t.Template)]);

    public Task<TemplateDetails?> GetTemplateAsync(CopilotUser user, string templateId, CancellationToken cancellationToken) =>
        Done(PlantData.Templates.FirstOrDefault(t => t.Template.Id == templateId));

    public Task<IReadOnlyList<MaterialInfo>> ListMaterialsAsync(CopilotUser user, CancellationToken cancellationToken) => Done(PlantData.Materials);

    private static IEnumerable<T> Visible<T>(CopilotUser user, IEnumerable<(string CustomerId, T Item)> items) =>
        items.Where(i => user.Role != CopilotRole.Customer || i.CustomerId == user.CustomerId).Select(i => i.Item);

    private static bool Matches(OrderSummary o, string order) =>
        string.Equals(o.Number, order, StringComparison.OrdinalIgnoreCase) || o.Id == order;

    private Task<T> Done<T>(T value)
    {
        Calls++;
        return Task.FromResult(value);
    }
}
