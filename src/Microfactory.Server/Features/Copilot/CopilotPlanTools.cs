using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Application;
using CopilotKpis = Microfactory.Copilot.Tools.Data.PlanKpis;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Features.Copilot;

/// <summary>The live plan for the copilot over <see cref="PlanService"/>; the tool's roles (staff) keep customers out.</summary>
internal sealed class CopilotPlanTools(CopilotPlant plant, PlanService plans, OrderStore orders) : IPlanTools
{
    public async Task<PlanSnapshot?> GetLivePlanAsync(CopilotUser user, CancellationToken cancellationToken)
    {
        if (await plant.FactoryAsync(cancellationToken) is not { } factory)
        {
            return null;
        }
        var found = await plans.GetAsync(factory.Id, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok || found.Value is not { } plan)
        {
            return null;
        }
        var open = await orders.ListOpenAsync(factory.Id, cancellationToken);
        var late = 0;
        foreach (var order in open)
        {
            var ends = Enumerable.Range(0, plan.Units.Count).Where(j => plan.Units[j].OrderId == order.Id)
                .SelectMany(j => Enumerable.Range(0, plan.Instance.Jobs[j].Operations.Count).Select(o => plan.Schedule.Find(j, o)!.EndTick)).ToList();
            if (ends.Count > 0 && PlanBuilder.Due(order, plan.Model) is { } due && ends.Max() > due)
            {
                late++;
            }
        }
        var k = plan.Kpis;
        var kpis = new CopilotKpis(
            (decimal)Math.Round(k.OnTimeRate ?? 1, 4), Math.Round((decimal)k.TotalWeightedTardinessMinutes / 60m, 2),
            k.MakespanEnd is { } end ? Math.Round((decimal)(end - plan.CreatedAt).TotalHours, 2) : 0m,
            k.Utilisation.Count == 0 ? 0m : Math.Round((decimal)k.Utilisation.Average(u => u.Rate), 4),
            Math.Round((decimal)k.EnergyKwh, 2), k.EnergyCost, k.Currency, Math.Round((decimal)k.KgCo2e, 2));
        return new PlanSnapshot(plan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), (int)plan.Version, plan.CreatedAt, plan.Reason,
            open.Count, late, kpis, "/plan");
    }
}
