using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Tools;

/// <summary>The read tools: each calls one host method and cites the records it returns.</summary>
internal static class ReadTools
{
    public static IEnumerable<CopilotTool> Create(PlantTools plant)
    {
        yield return CopilotTool.Create<OrderListArguments>("list_orders", "Lists the orders the user may see (open, late or all), most urgent first.",
            ToolRoles.Orders, false, async (u, a, ct) => Many(await plant.Orders.ListOrdersAsync(u, a.Filter, ct).ConfigureAwait(false), o => o.Cite()));
        yield return CopilotTool.Create<OrderArguments>("get_order", "One order: status, promised and planned completion, lateness, priority.",
            ToolRoles.Orders, false, async (u, a, ct) => One(await plant.Orders.GetOrderAsync(u, a.Order, ct).ConfigureAwait(false), o => [o.Cite()]), Require<OrderArguments>(a => a.Order, "order"));
        yield return CopilotTool.Create<OrderArguments>("explain_order", "Why an order finishes when it does: the critical chain of the live plan, link by link.",
            ToolRoles.Orders, false, async (u, a, ct) => One(await plant.Orders.ExplainOrderAsync(u, a.Order, ct).ConfigureAwait(false),
                e => [e.Order.Cite(), e.PlanVersion, .. e.Chain.Select(l => l.Record)]), Require<OrderArguments>(a => a.Order, "order"));
        yield return CopilotTool.Create<NoArguments>("get_live_plan", "The live plan's current version with its KPIs (on-time rate, tardiness, makespan, utilisation, kWh, cost, kg CO2e).",
            ToolRoles.Staff, false, async (u, _, ct) => One(await plant.Plan.GetLivePlanAsync(u, ct).ConfigureAwait(false), p => [p.Cite()]));
        yield return CopilotTool.Create<MachineArguments>("get_machine_states", "Machine states (off, idle, setup, running, down), since when, and the operation reported.",
            ToolRoles.Staff, false, async (u, a, ct) => Many(await plant.Machines.GetMachineStatesAsync(u, a.Machine, ct).ConfigureAwait(false), m => m.Cite()));
        yield return CopilotTool.Create<MachinePeriodArguments>("get_oee", "OEE with availability, performance and quality, good and scrap counts over a period, per machine or for the factory.",
            ToolRoles.ShopFloor, false, async (u, a, ct) => Many(await plant.Machines.GetOeeAsync(u, a.Machine, a.Period, ct).ConfigureAwait(false), o => o.Cite()));
        yield return CopilotTool.Create<AlarmArguments>("get_alarms", "Alarms raised from telemetry and execution, newest first.",
            ToolRoles.ShopFloor, false, async (u, a, ct) => Many(await plant.Machines.GetAlarmsAsync(u, a.Machine, a.OpenOnly, ct).ConfigureAwait(false), x => x.Cite()));
        yield return CopilotTool.Create<MachinePeriodArguments>("get_maintenance_history", "Downtime, repair and scrap records of machines over a period.",
            ToolRoles.ShopFloor, false, async (u, a, ct) => Many(await plant.Machines.GetMaintenanceHistoryAsync(u, a.Machine, a.Period, ct).ConfigureAwait(false), e => e.Cite()));
        yield return CopilotTool.Create<TemplateArguments>("get_template_footprint", "The published cradle-to-gate footprint estimate of a template's default design, with every line and its supplier.",
            ToolRoles.Everyone, false, async (u, a, ct) => One(await plant.Carbon.GetTemplateFootprintAsync(u, a.Template, ct).ConfigureAwait(false), f => [f.Cite()]), Require<TemplateArguments>(a => a.Template, "template"));
        yield return CopilotTool.Create<SerialArguments>("get_unit_footprint", "A produced unit's actual footprint, with every line.",
            ToolRoles.StaffAndCustomers, false, async (u, a, ct) => One(await plant.Carbon.GetUnitFootprintAsync(u, a.Serial, ct).ConfigureAwait(false), f => [f.Cite()]), Require<SerialArguments>(a => a.Serial, "serial"));
        yield return CopilotTool.Create<CoverageArguments>("get_supplier_coverage", "The share of bought material whose footprint comes from suppliers' own PACT data, against the 80 % target, per supplier.",
            ToolRoles.Staff, false, async (u, a, ct) => One(await plant.Carbon.GetSupplierCoverageAsync(u, a.Period, ct).ConfigureAwait(false), c => [c.Cite()]));
        yield return CopilotTool.Create<SerialArguments>("get_passport", "A produced unit's digital product passport (AAS): product, order, completion, footprint, materials.",
            ToolRoles.Everyone, false, async (u, a, ct) => One(await plant.Passports.GetPassportAsync(u, a.Serial, ct).ConfigureAwait(false), p => [p.Cite()]), Require<SerialArguments>(a => a.Serial, "serial"));
        yield return CopilotTool.Create<NoArguments>("list_templates", "The published catalogue templates.",
            ToolRoles.Everyone, false, async (u, _, ct) => Many(await plant.Catalogue.ListTemplatesAsync(u, ct).ConfigureAwait(false), t => t.Cite()));
        yield return CopilotTool.Create<TemplateArguments>("get_template", "One template with its routing (steps, capabilities, times, instructions, machines).",
            ToolRoles.Everyone, false, async (u, a, ct) => One(await plant.Catalogue.GetTemplateAsync(u, a.Template, ct).ConfigureAwait(false), t => [t.Template.Cite()]), Require<TemplateArguments>(a => a.Template, "template"));
        yield return CopilotTool.Create<NoArguments>("list_materials", "The factory's materials with their footprint factors and suppliers.",
            ToolRoles.Staff, false, async (u, _, ct) => Many(await plant.Catalogue.ListMaterialsAsync(u, ct).ConfigureAwait(false), m => m.Cite()));
        yield return CopilotTool.Create<SearchArguments>("search_documents", "Searches machine manuals and SOPs; answers the best sections with their links.",
            ToolRoles.Staff, false, (_, a, _) => Task.FromResult(Many(plant.Documents.Search(a.Query, a.Top), h => h.Cite())),
            a => string.IsNullOrWhiteSpace(a.Query) ? "query: must not be empty." : a.Top is < 1 or > 20 ? "top: must be between 1 and 20." : null);
    }

    internal static Func<T, string?> Require<T>(Func<T, string?> value, string field) =>
        a => string.IsNullOrWhiteSpace(value(a)) ? $"{field}: must not be empty." : null;

    private static ToolOutcome One<T>(T? data, Func<T, IReadOnlyList<Citation>> cite)
        where T : class => data is null ? ToolOutcome.NotFound : ToolOutcome.Ok(data, cite(data));

    private static ToolOutcome Many<T>(IReadOnlyList<T> data, Func<T, Citation> cite) =>
        data.Count == 0 ? ToolOutcome.NotFound : ToolOutcome.Ok(data, [.. data.Select(cite).Distinct()]);
}
