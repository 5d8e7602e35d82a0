namespace Microfactory.Planning.Solving;

/// <summary>
/// Constructive start: a Giffler–Thompson-style list scheduler. Each ready operation (all job
/// predecessors scheduled) gets the machine on which it finishes earliest; among the ready
/// operations that could start before the earliest finish, a priority rule picks the one to schedule.
/// </summary>
internal static class Dispatcher
{
    public static void Build(SolutionState state, DispatchRule rule, Random random)
    {
        var data = state.Data;
        var n = data.OperationCount;
        var jobs = data.JobCount;
        var workLeft = new long[jobs];
        var noise = new double[jobs];
        var machineReady = new long[data.MachineCount];
        var waiting = new int[n];
        var readyAt = new long[n];
        var bestMachine = new int[n];
        var bestStart = new long[n];
        var bestEnd = new long[n];
        // Ready operations in increasing index order, so ties go to the lowest job and operation.
        var ready = new List<int>(jobs);
        for (var j = 0; j < jobs; j++)
        {
            noise[j] = random.NextDouble();
        }
        for (var op = 0; op < n; op++)
        {
            workLeft[data.OpJob[op]] += data.MinTime[op];
            waiting[op] = data.PredStart[op + 1] - data.PredStart[op];
            readyAt[op] = data.Release[op];
            if (waiting[op] == 0)
            {
                ready.Add(op);
            }
        }
        state.Clear();
        for (var scheduled = 0; scheduled < n; scheduled++)
        {
            var earliestEnd = long.MaxValue;
            foreach (var op in ready)
            {
                bestEnd[op] = long.MaxValue;
                for (var a = data.OptionStart[op]; a < data.OptionStart[op + 1]; a++)
                {
                    var k = data.OptionMachine[a];
                    var p = data.OptionTime[a];
                    var s = data.Fit(k, Math.Max(readyAt[op], machineReady[k]), p);
                    if (s + p < bestEnd[op] || (s + p == bestEnd[op] && p < bestEnd[op] - bestStart[op]))
                    {
                        bestEnd[op] = s + p;
                        bestStart[op] = s;
                        bestMachine[op] = k;
                    }
                }
                earliestEnd = Math.Min(earliestEnd, bestEnd[op]);
            }
            var chosenIndex = -1;
            var chosenPriority = double.NegativeInfinity;
            for (var i = 0; i < ready.Count; i++)
            {
                var op = ready[i];
                if (bestStart[op] >= earliestEnd && bestEnd[op] != earliestEnd)
                {
                    continue;
                }
                var priority = Priority(rule, data, op, workLeft, bestStart[op], bestEnd[op], noise);
                if (priority > chosenPriority)
                {
                    chosenPriority = priority;
                    chosenIndex = i;
                }
            }
            var chosen = ready[chosenIndex];
            ready.RemoveAt(chosenIndex);
            var machine = bestMachine[chosen];
            var end = bestEnd[chosen];
            state.Append(chosen, machine);
            machineReady[machine] = end;
            var job = data.OpJob[chosen];
            workLeft[job] -= data.MinTime[chosen];
            for (var i = data.SuccStart[chosen]; i < data.SuccStart[chosen + 1]; i++)
            {
                var succ = data.Succs[i];
                readyAt[succ] = Math.Max(readyAt[succ], end);
                if (--waiting[succ] == 0)
                {
                    var at = ready.BinarySearch(succ);
                    ready.Insert(at < 0 ? ~at : at, succ);
                }
            }
            if (rule == DispatchRule.Random)
            {
                noise[job] = random.NextDouble();
            }
        }
    }

    private static double Priority(DispatchRule rule, ProblemData data, int op, long[] workLeft, long start, long end, double[] noise)
    {
        var job = data.OpJob[op];
        return rule switch
        {
            DispatchRule.MostWorkRemaining => workLeft[job],
            DispatchRule.MostOperationsRemaining => data.JobFirst[job + 1] - op,
            DispatchRule.ShortestProcessingTime => -(end - start),
            DispatchRule.EarliestFinish => -end,
            DispatchRule.EarliestDueDate => -(double)(data.Instance.Jobs[job].DueTick ?? long.MaxValue / 2),
            _ => noise[job],
        };
    }
}
