using Microfactory.Design.Evaluation;
using Microfactory.Planning.Model;

namespace Microfactory.Server.Features.Plans;

/// <summary>Turns designs into scheduler jobs: one operation per routing step, options = every working machine with the step's capability.</summary>
internal static class UnitJobs
{
    /// <summary>
    /// The job of ONE unit of <paramref name="design"/>: operations in a topological order of the routing (stable: the
    /// routing's own order where it allows), predecessors from the step ids, durations ceil(run / 60 s) and setups
    /// ceil(setup / 60 s) ticks, at least one tick of work per operation.
    /// </summary>
    public static UnitJobResult For(FactoryModel model, Design.Evaluation.Design design, long releaseTick, long? dueTick, double weight) =>
        For(model, design.Routing, releaseTick, dueTick, weight);

    /// <inheritdoc cref="For(FactoryModel, Design.Evaluation.Design, long, long?, double)"/>
    public static UnitJobResult For(FactoryModel model, IReadOnlyList<RoutingStep> routing, long releaseTick, long? dueTick, double weight)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(routing);
        var order = TopologicalOrder(routing);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            position[order[i].Id] = i;
        }
        var operations = new List<Operation>(order.Count);
        foreach (var step in order)
        {
            var machines = model.CapableMachines(step.CapabilityId);
            if (machines.Count == 0)
            {
                return UnitJobResult.Failure(step.Id,
                    $"routing step '{step.Id}' needs capability '{step.CapabilityId}', which no machine of {model.Factory.Name} has (with working hours).");
            }
            var setup = (long)Math.Ceiling(Math.Max(0, step.SetupSeconds) / 60);
            var run = (long)Math.Ceiling(Math.Max(0, step.RunSeconds) / 60);
            if (setup + run == 0)
            {
                run = 1;
            }
            var options = machines.Select(k => new MachineOption(k, run, setup)).ToArray();
            var predecessors = step.Predecessors.Select(p => position.GetValueOrDefault(p, int.MaxValue)).Where(i => i < operations.Count).Distinct().Order().ToArray();
            operations.Add(new Operation(options, predecessors));
        }
        if (operations.Count == 0)
        {
            return UnitJobResult.Failure("routing", "the design has no routing step: there is nothing to make.");
        }
        return UnitJobResult.Ok(new UnitJob(new Job(operations, Math.Max(0, releaseTick), dueTick, Math.Max(0, weight)), [.. order.Select(s => s.Id)]));
    }

    /// <summary>
    /// Several units as one job: their operations side by side (unit after unit), each unit's predecessors shifted to
    /// its own block, so the units stay independent chains of one assembly graph. Release is the earliest, due the
    /// earliest, weight the largest of the units.
    /// </summary>
    public static CombinedJob Combine(IReadOnlyList<UnitJob> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            throw new ArgumentException("at least one unit is required", nameof(units));
        }
        var operations = new List<Operation>();
        var origins = new List<CombinedOperation>();
        for (var u = 0; u < units.Count; u++)
        {
            var offset = operations.Count;
            var job = units[u].Job;
            for (var o = 0; o < job.Operations.Count; o++)
            {
                var operation = job.Operations[o];
                operations.Add(operation with { Predecessors = [.. operation.PredecessorsAt(o).Select(p => p + offset)] });
                origins.Add(new CombinedOperation(u, o, units[u].StepIds[o]));
            }
        }
        var dues = units.Where(u => u.Job.DueTick is not null).Select(u => u.Job.DueTick!.Value).ToArray();
        var combined = new Job(operations, units.Min(u => u.Job.ReleaseTick), dues.Length == 0 ? null : dues.Min(), units.Max(u => u.Job.Weight));
        return new CombinedJob(combined, origins);
    }

    /// <summary>Kahn's algorithm, always taking the earliest ready step of the routing's own order; predecessors outside the routing are ignored, a cycle keeps the rest in order.</summary>
    private static List<RoutingStep> TopologicalOrder(IReadOnlyList<RoutingStep> routing)
    {
        var ids = routing.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<RoutingStep>(routing.Count);
        var remaining = routing.ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(s => s.Predecessors.All(p => !ids.Contains(p) || done.Contains(p))) ?? remaining[0];
            remaining.Remove(next);
            done.Add(next.Id);
            result.Add(next);
        }
        return result;
    }
}
