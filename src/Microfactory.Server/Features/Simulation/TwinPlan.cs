using Microfactory.Server.Features.Plans;
using Microfactory.Simulation.Model;

namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// A plan version as the simulator's plan: every operation on its planned machine, in planned order, waiting for its
/// planned start (so the plan's shifts and energy timing hold) and for the operations of its unit it comes after;
/// its planned time (setup included) as the run time of its one part, made again when scrapped.
/// </summary>
internal static class TwinPlan
{
    public static IReadOnlyList<OperationSpec> Operations(LivePlanSnapshot plan, DateTimeOffset epoch, IReadOnlySet<string> machineIds)
    {
        var operations = new List<OperationSpec>(plan.Schedule.Assignments.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in plan.Schedule.Assignments.OrderBy(a => a.StartTick).ThenBy(a => a.Job).ThenBy(a => a.Operation))
        {
            var unit = plan.Units[a.Job];
            var machineId = plan.Model.MachineAt(a.Machine).Id;
            if (!machineIds.Contains(machineId))
            {
                continue;
            }
            var start = plan.Frame.ToTime(a.StartTick);
            var seconds = (long)Math.Max(1, (plan.Frame.ToTime(a.EndTick) - start).TotalSeconds);
            var predecessors = plan.Instance.Jobs[a.Job].Operations[a.Operation].PredecessorsAt(a.Operation).Select(unit.OperationId).Where(ids.Contains).ToArray();
            var id = unit.OperationId(a.Operation);
            ids.Add(id);
            operations.Add(new OperationSpec(id, machineId, seconds, 1, Math.Max(0, (long)(start - epoch).TotalSeconds), 0, predecessors, RemakeScrap: true));
        }
        return operations;
    }
}
