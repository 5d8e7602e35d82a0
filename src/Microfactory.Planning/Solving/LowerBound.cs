namespace Microfactory.Planning.Solving;

/// <summary>Cheap makespan lower bounds, used to stop as soon as a schedule is provably optimal.</summary>
internal static class LowerBound
{
    public static long Makespan(ProblemData data)
    {
        long bound = 0;
        long totalWork = 0;
        var forcedLoad = new long[data.MachineCount];
        for (var j = 0; j < data.JobCount; j++)
        {
            var length = data.Release[data.JobFirst[j]];
            for (var op = data.JobFirst[j]; op < data.JobFirst[j + 1]; op++)
            {
                length += data.MinTime[op];
                totalWork += data.MinTime[op];
                if (data.OptionStart[op + 1] - data.OptionStart[op] == 1)
                {
                    forcedLoad[data.OptionMachine[data.OptionStart[op]]] += data.MinTime[op];
                }
            }
            bound = Math.Max(bound, length);
        }
        bound = Math.Max(bound, (totalWork + data.MachineCount - 1) / data.MachineCount);
        return Math.Max(bound, forcedLoad.Max());
    }
}
