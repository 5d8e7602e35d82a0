using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Server.Features.Plans;

/// <summary>The KPIs of a plan version, from the scheduler's own objective evaluation plus per-order and per-machine counts.</summary>
internal static class PlanKpisCalculator
{
    public static PlanKpis Compute(FactoryModel model, Instance instance, Schedule schedule, IReadOnlyList<PlannedUnit> units, long nowTick)
    {
        var breakdown = ObjectiveEvaluator.Evaluate(instance, schedule);
        var lateOperations = 0;
        var orderLate = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var job = instance.Jobs[j];
            if (job.DueTick is not { } due)
            {
                continue;
            }
            var late = false;
            for (var o = 0; o < job.Operations.Count; o++)
            {
                if (schedule.Find(j, o) is { } a && a.EndTick > due)
                {
                    lateOperations++;
                    late = true;
                }
            }
            orderLate[units[j].OrderId] = orderLate.GetValueOrDefault(units[j].OrderId) || late;
        }
        var end = schedule.Assignments.Count == 0 ? nowTick : Math.Max(nowTick, schedule.MakespanTicks);
        var utilisation = new List<MachineUtilisation>(model.Machines.Count);
        for (var k = 0; k < model.Machines.Count; k++)
        {
            var busy = schedule.Assignments.Where(a => a.Machine == k).Sum(a => Overlap(a.StartTick, a.EndTick, nowTick, end));
            var closed = model.PlanningMachines[k].Unavailable.Sum(w => Overlap(w.StartTick, w.EndTick, nowTick, end));
            var open = end - nowTick - closed;
            utilisation.Add(new MachineUtilisation(model.Machines[k].Id, open <= 0 ? 0 : Math.Min(1, (double)busy / open)));
        }
        return new PlanKpis(
            orderLate.Count == 0 ? null : (double)orderLate.Count(p => !p.Value) / orderLate.Count,
            breakdown.WeightedTardiness,
            schedule.Assignments.Count == 0 ? null : model.Frame.ToTime(schedule.MakespanTicks),
            utilisation,
            breakdown.EnergyKwh,
            decimal.Round(breakdown.EnergyCost, 4),
            model.Factory.Currency,
            breakdown.KgCo2e,
            schedule.Assignments.Count,
            lateOperations);
    }

    private static long Overlap(long start, long end, long from, long to) => Math.Max(0, Math.Min(end, to) - Math.Max(start, from));
}
