using Microfactory.Core.Orders;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Replanning;
using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// Makes the live plan from its inputs: every unit of every open order line is a job; the previous plan's machine and
/// order are kept per stable operation id for work still ahead; work the shop floor has started stays on its machine,
/// done work leaves, pins stay exactly where they are, and <see cref="Replanner.Repair"/> fits everything else around them in one pass.
/// </summary>
internal static class PlanBuilder
{
    public static BuiltPlan Build(PlanInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var problems = new List<string>();
        var previous = inputs.Previous.GroupBy(p => p.OperationId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pins = inputs.Pins.ToDictionary(p => p.OperationId, StringComparer.Ordinal);
        var now = inputs.Now;

        // Done operations (by the shop floor) leave the plan and units with nothing left leave it whole; running and
        // paused work reaches back to its actual start, which decides how far back the frame reaches.
        var executed = inputs.Executed;
        var candidates = new List<(Order Order, OrderLine Line, int Unit, IReadOnlyList<Design.Evaluation.RoutingStep> Routing)>();
        var earliest = now;
        foreach (var order in inputs.Orders)
        {
            foreach (var line in order.Lines)
            {
                if (inputs.RoutingByLine.GetValueOrDefault(line.Id) is not { Count: > 0 } routing)
                {
                    problems.Add($"order {order.Id} line {line.LineNumber}: the design of {line.TemplateId} {line.TemplateVersion} cannot be evaluated; the line is not planned.");
                    continue;
                }
                for (var unit = 1; unit <= line.Quantity; unit++)
                {
                    var remaining = routing.Where(s => executed.GetValueOrDefault(OperationIds.Of(line.Id, unit, s.Id)) is not { State: OperationState.Done }).ToList();
                    if (remaining.Count == 0)
                    {
                        continue;
                    }
                    foreach (var step in remaining)
                    {
                        if (executed.GetValueOrDefault(OperationIds.Of(line.Id, unit, step.Id)) is { } run)
                        {
                            // Started work is placed to end with its remaining work and to begin at least a tick before now.
                            var reach = run.StartedAt < now.AddMinutes(-2) ? run.StartedAt : now.AddMinutes(-2);
                            earliest = reach < earliest ? reach : earliest;
                        }
                    }
                    candidates.Add((order, line, unit, remaining));
                }
            }
        }

        var frame = PlanFrame.Covering(earliest, now);
        var model = FactoryModel.Build(inputs.Factory, inputs.Machines, frame, inputs.LabourRatePerHour);
        var nowTick = frame.ToTick(now);
        var jobs = new List<Job>();
        var units = new List<PlannedUnit>();
        var current = new List<Assignment>();
        var pinned = new HashSet<(int, int)>();
        foreach (var (order, line, unit, routing) in candidates)
        {
            var due = Due(order, model);
            // An order from a quote waits for its materials (Order.EarliestStart), as its promise did.
            var release = order.EarliestStart is { } earliestStart ? Math.Max(0, model.Frame.ToTickCeiling(earliestStart)) : 0;
            var made = UnitJobs.For(model, routing, release, due, Weight(order.Priority));
            if (!made.IsSuccess)
            {
                if (unit == 1)
                {
                    problems.Add($"order {order.Id} line {line.LineNumber}: {made.Error}");
                }
                continue;
            }
            var j = jobs.Count;
            jobs.Add(made.Value.Job);
            var planned = new PlannedUnit(order.Id, line.Id, unit, made.Value.StepIds);
            units.Add(planned);
            for (var o = 0; o < made.Value.Job.Operations.Count; o++)
            {
                var id = planned.OperationId(o);
                var options = made.Value.Job.Operations[o].Options;
                if (executed.GetValueOrDefault(id) is { } run && model.IndexOf(run.MachineId) is var rk and >= 0 && options.FirstOrDefault(x => x.Machine == rk) is { } runOption)
                {
                    // Started work stays on its machine: it ends when its remaining work does, and it starts before now so that it is frozen.
                    var occupied = runOption.OccupiedTicks;
                    var ran = Math.Max(1, (long)Math.Ceiling(run.RanMs(now) / 60_000.0));
                    var end = nowTick + Math.Max(1, occupied - ran);
                    current.Add(new Assignment(j, o, rk, Math.Min(nowTick - 1, end - occupied), Math.Min(nowTick - 1, end - occupied) + occupied));
                }
                else if (pins.TryGetValue(id, out var pin) && model.IndexOf(pin.MachineId) is var pk and >= 0 && options.FirstOrDefault(x => x.Machine == pk) is { } pinOption)
                {
                    var start = frame.ToTick(pin.Start);
                    current.Add(new Assignment(j, o, pk, start, start + pinOption.OccupiedTicks));
                    pinned.Add((j, o));
                }
                else if (previous.TryGetValue(id, out var before) && before.Start >= now && model.IndexOf(before.MachineId) is var k and >= 0 && options.Any(x => x.Machine == k))
                {
                    current.Add(new Assignment(j, o, k, frame.ToTick(before.Start), frame.ToTickCeiling(before.End)));
                }
            }
        }

        var instanceResult = Instance.Create(inputs.Factory.Id, jobs, model.PlanningMachines, model.Energy);
        if (!instanceResult.IsSuccess)
        {
            throw new InvalidOperationException($"the plan of {inputs.Factory.Id} is not a valid scheduling problem: {instanceResult.Error}");
        }
        var instance = instanceResult.Instance;
        var currentSchedule = new Schedule(current);
        DropUnanchoredPins(instance, currentSchedule, pinned, problems);
        var repaired = Replanner.Repair(new ReplanRequest(instance, currentSchedule, nowTick, pinned)).Schedule;
        var frozen = Frozen(instance, repaired, nowTick, pinned);
        foreach (var problem in FeasibilityChecker.Check(instance, repaired).Take(3))
        {
            problems.Add($"plan check: {problem}");
        }
        var kpis = PlanKpisCalculator.Compute(model, instance, repaired, units, nowTick);
        return new BuiltPlan(model, instance, repaired, units, nowTick, pinned, frozen, kpis, problems);
    }

    /// <summary>The due tick of an order's units: the promised completion, else the end of the requested date at the factory, else none.</summary>
    public static long? Due(Order order, FactoryModel model)
    {
        if (order.PromisedCompletion is { } promised)
        {
            return model.Frame.ToTick(promised);
        }
        if (order.RequestedDate is { } date)
        {
            var local = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            var offset = model.Zone.IsInvalidTime(local) ? model.Zone.BaseUtcOffset : model.Zone.GetUtcOffset(local);
            return model.Frame.ToTick(new DateTimeOffset(local, offset));
        }
        return null;
    }

    /// <summary>Priority −10…10 as a tardiness weight: each 2 steps double it (0 → 1, 10 → 32, −10 → 1/32).</summary>
    public static double Weight(int priority) => Math.Pow(2, Math.Clamp(priority, -10, 10) / 2.0);

    /// <summary>Started, pinned, and (transitively) the job predecessors of pinned operations.</summary>
    public static IReadOnlySet<(int Job, int Operation)> Frozen(Instance instance, Schedule schedule, long nowTick, IReadOnlySet<(int Job, int Operation)> pinned)
    {
        var frozen = new HashSet<(int, int)>();
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var operations = instance.Jobs[j].Operations;
            var mark = new bool[operations.Count];
            for (var o = operations.Count - 1; o >= 0; o--)
            {
                mark[o] |= pinned.Contains((j, o)) || (schedule.Find(j, o) is { } a && a.StartTick < nowTick);
                if (!mark[o])
                {
                    continue;
                }
                frozen.Add((j, o));
                foreach (var p in operations[o].PredecessorsAt(o))
                {
                    mark[p] = true;
                }
            }
        }
        return frozen;
    }

    /// <summary>A pin whose job predecessors have no place in the plan yet cannot hold (they would be frozen without a place); it waits for the next version.</summary>
    private static void DropUnanchoredPins(Instance instance, Schedule current, HashSet<(int, int)> pinned, List<string> problems)
    {
        foreach (var (j, o) in pinned.ToArray())
        {
            var stack = new Stack<int>(instance.Jobs[j].Operations[o].PredecessorsAt(o));
            var anchored = true;
            while (stack.Count > 0 && anchored)
            {
                var p = stack.Pop();
                anchored = current.Find(j, p) is not null;
                foreach (var q in instance.Jobs[j].Operations[p].PredecessorsAt(p))
                {
                    stack.Push(q);
                }
            }
            if (!anchored)
            {
                pinned.Remove((j, o));
                problems.Add($"job {j} operation {o}: pin ignored, its predecessors are not planned yet.");
            }
        }
    }
}
