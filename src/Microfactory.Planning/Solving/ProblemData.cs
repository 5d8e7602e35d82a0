using Microfactory.Planning.Model;

namespace Microfactory.Planning.Solving;

/// <summary>
/// The instance flattened into arrays indexed by a global operation number, so the search
/// loops touch contiguous memory and allocate nothing.
/// </summary>
internal sealed class ProblemData
{
    public ProblemData(Instance instance)
    {
        Instance = instance;
        JobCount = instance.Jobs.Count;
        MachineCount = instance.Machines.Count;
        OperationCount = instance.OperationCount;
        var n = OperationCount;
        OpJob = new int[n];
        OpIndex = new int[n];
        JobPred = new int[n];
        JobSucc = new int[n];
        Release = new long[n];
        JobFirst = new int[JobCount + 1];
        OptionStart = new int[n + 1];
        var optionCount = instance.Jobs.Sum(j => j.Operations.Sum(o => o.Options.Count));
        OptionMachine = new int[optionCount];
        OptionTime = new long[optionCount];
        MinTime = new long[n];
        var op = 0;
        var opt = 0;
        for (var j = 0; j < JobCount; j++)
        {
            var job = instance.Jobs[j];
            JobFirst[j] = op;
            for (var o = 0; o < job.Operations.Count; o++, op++)
            {
                OpJob[op] = j;
                OpIndex[op] = o;
                JobPred[op] = o == 0 ? -1 : op - 1;
                JobSucc[op] = o == job.Operations.Count - 1 ? -1 : op + 1;
                Release[op] = o == 0 ? job.ReleaseTick : 0;
                OptionStart[op] = opt;
                var min = long.MaxValue;
                foreach (var option in job.Operations[o].Options)
                {
                    OptionMachine[opt] = option.Machine;
                    OptionTime[opt] = option.OccupiedTicks;
                    min = Math.Min(min, option.OccupiedTicks);
                    opt++;
                }
                MinTime[op] = min;
            }
        }
        JobFirst[JobCount] = op;
        OptionStart[n] = opt;
        WindowStart = new long[MachineCount][];
        WindowEnd = new long[MachineCount][];
        for (var k = 0; k < MachineCount; k++)
        {
            var windows = instance.Machines[k].Unavailable.OrderBy(w => w.StartTick).ThenBy(w => w.EndTick).ToArray();
            WindowStart[k] = [.. windows.Select(w => w.StartTick)];
            WindowEnd[k] = [.. windows.Select(w => w.EndTick)];
            HasWindows |= windows.Length > 0;
        }
    }

    public Instance Instance { get; }

    public int JobCount { get; }

    public int MachineCount { get; }

    public int OperationCount { get; }

    public int[] OpJob { get; }

    public int[] OpIndex { get; }

    public int[] JobPred { get; }

    public int[] JobSucc { get; }

    /// <summary>Earliest start of each operation from its job's release (0 for non-first operations).</summary>
    public long[] Release { get; }

    /// <summary>First global operation of each job; entry <c>JobCount</c> is the operation count.</summary>
    public int[] JobFirst { get; }

    /// <summary>Options of operation <c>i</c> are <c>OptionStart[i]..OptionStart[i+1]-1</c>.</summary>
    public int[] OptionStart { get; }

    public int[] OptionMachine { get; }

    /// <summary>Occupied ticks (setup plus processing) of each option.</summary>
    public long[] OptionTime { get; }

    public long[] MinTime { get; }

    public long[][] WindowStart { get; }

    public long[][] WindowEnd { get; }

    public bool HasWindows { get; }

    /// <summary>Occupied ticks of operation <paramref name="op"/> on machine <paramref name="machine"/>, or -1 when not eligible.</summary>
    public long TimeOn(int op, int machine)
    {
        for (var a = OptionStart[op]; a < OptionStart[op + 1]; a++)
        {
            if (OptionMachine[a] == machine)
            {
                return OptionTime[a];
            }
        }
        return -1;
    }

    /// <summary>
    /// The earliest start at or after <paramref name="earliest"/> at which an operation of
    /// <paramref name="length"/> ticks fits on the machine without overlapping an unavailability window.
    /// </summary>
    public long Fit(int machine, long earliest, long length)
    {
        var starts = WindowStart[machine];
        if (starts.Length == 0 || length == 0)
        {
            return earliest;
        }
        var ends = WindowEnd[machine];
        var t = earliest;
        for (var w = 0; w < starts.Length; w++)
        {
            if (ends[w] <= t)
            {
                continue;
            }
            if (t + length <= starts[w])
            {
                break;
            }
            t = ends[w];
        }
        return t;
    }
}
