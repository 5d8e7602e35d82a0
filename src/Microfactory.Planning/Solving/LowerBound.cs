namespace Microfactory.Planning.Solving;

/// <summary>Cheap makespan lower bounds, used to stop as soon as a schedule is provably optimal.</summary>
internal static class LowerBound
{
    public static long Makespan(ProblemData data)
    {
        long bound = 0;
        long totalWork = 0;
        var forcedLoad = new long[data.MachineCount];
        // Longest job path with every operation at its shortest duration; operation indices
        // are a topological order because predecessors always have smaller indices.
        var finish = new long[data.OperationCount];
        for (var op = 0; op < data.OperationCount; op++)
        {
            var start = data.Release[op];
            for (var i = data.PredStart[op]; i < data.PredStart[op + 1]; i++)
            {
                start = Math.Max(start, finish[data.Preds[i]]);
            }
            finish[op] = start + data.MinTime[op];
            bound = Math.Max(bound, finish[op]);
            totalWork += data.MinTime[op];
            if (data.OptionStart[op + 1] - data.OptionStart[op] == 1)
            {
                forcedLoad[data.OptionMachine[data.OptionStart[op]]] += data.MinTime[op];
            }
        }
        bound = Math.Max(bound, (totalWork + data.MachineCount - 1) / data.MachineCount);
        return Math.Max(bound, forcedLoad.Max());
    }
}
