namespace Microfactory.Planning.Solving;

/// <summary>
/// Constructive start: a Giffler–Thompson-style list scheduler. Each job's next operation
/// gets the machine on which it finishes earliest; among the operations that could start
/// before the earliest finish, a priority rule picks the one to schedule.
/// </summary>
internal static class Dispatcher
{
    public static void Build(SolutionState state, DispatchRule rule, Random random)
    {
        var data = state.Data;
        var jobs = data.JobCount;
        var next = new int[jobs];
        var jobReady = new long[jobs];
        var workLeft = new long[jobs];
        var machineReady = new long[data.MachineCount];
        var bestMachine = new int[jobs];
        var bestStart = new long[jobs];
        var bestEnd = new long[jobs];
        var noise = new double[jobs];
        for (var j = 0; j < jobs; j++)
        {
            next[j] = data.JobFirst[j];
            jobReady[j] = data.Release[data.JobFirst[j]];
            for (var op = data.JobFirst[j]; op < data.JobFirst[j + 1]; op++)
            {
                workLeft[j] += data.MinTime[op];
            }
            noise[j] = random.NextDouble();
        }
        state.Clear();
        for (var scheduled = 0; scheduled < data.OperationCount; scheduled++)
        {
            var earliestEnd = long.MaxValue;
            for (var j = 0; j < jobs; j++)
            {
                if (next[j] >= data.JobFirst[j + 1])
                {
                    continue;
                }
                var op = next[j];
                bestEnd[j] = long.MaxValue;
                for (var a = data.OptionStart[op]; a < data.OptionStart[op + 1]; a++)
                {
                    var k = data.OptionMachine[a];
                    var p = data.OptionTime[a];
                    var s = data.Fit(k, Math.Max(jobReady[j], machineReady[k]), p);
                    if (s + p < bestEnd[j] || (s + p == bestEnd[j] && p < bestEnd[j] - bestStart[j]))
                    {
                        bestEnd[j] = s + p;
                        bestStart[j] = s;
                        bestMachine[j] = k;
                    }
                }
                earliestEnd = Math.Min(earliestEnd, bestEnd[j]);
            }
            var chosen = -1;
            var chosenPriority = double.NegativeInfinity;
            for (var j = 0; j < jobs; j++)
            {
                if (next[j] >= data.JobFirst[j + 1] || (bestStart[j] >= earliestEnd && bestEnd[j] != earliestEnd))
                {
                    continue;
                }
                var priority = Priority(rule, data, next[j], j, workLeft, bestStart[j], bestEnd[j], noise);
                if (priority > chosenPriority)
                {
                    chosenPriority = priority;
                    chosen = j;
                }
            }
            var chosenOp = next[chosen];
            var machine = bestMachine[chosen];
            state.Append(chosenOp, machine);
            jobReady[chosen] = bestEnd[chosen];
            machineReady[machine] = bestEnd[chosen];
            workLeft[chosen] -= data.MinTime[chosenOp];
            next[chosen]++;
            if (rule == DispatchRule.Random)
            {
                noise[chosen] = random.NextDouble();
            }
        }
    }

    private static double Priority(DispatchRule rule, ProblemData data, int op, int job, long[] workLeft, long start, long end, double[] noise) => rule switch
    {
        DispatchRule.MostWorkRemaining => workLeft[job],
        DispatchRule.MostOperationsRemaining => data.JobFirst[job + 1] - op,
        DispatchRule.ShortestProcessingTime => -(end - start),
        DispatchRule.EarliestFinish => -end,
        DispatchRule.EarliestDueDate => -(double)(data.Instance.Jobs[job].DueTick ?? long.MaxValue / 2),
        _ => noise[job],
    };
}
