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
        Release = new long[n];
        var predecessors = new List<int>[n];
        var successors = new List<int>[n];
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
                predecessors[op] = [.. job.Operations[o].PredecessorsAt(o).Select(p => JobFirst[j] + p).Distinct()];
                successors[op] = [];
                foreach (var p in predecessors[op])
                {
                    successors[p].Add(op);
                }
                // Every operation of a job waits for the job's release (for chains this only binds the first).
                Release[op] = job.ReleaseTick;
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
        (PredStart, Preds) = Flatten(predecessors);
        (SuccStart, Succs) = Flatten(successors);
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

    /// <summary>Job predecessors of operation <c>i</c> are <c>Preds[PredStart[i]..PredStart[i+1]-1]</c> (global indices).</summary>
    public int[] PredStart { get; }

    public int[] Preds { get; }

    /// <summary>Job successors of operation <c>i</c> are <c>Succs[SuccStart[i]..SuccStart[i+1]-1]</c> (global indices).</summary>
    public int[] SuccStart { get; }

    public int[] Succs { get; }

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

    /// <summary>The latest end among the predecessors of <paramref name="op"/> (0 without predecessors).</summary>
    public long PredecessorsEnd(int op, long[] start, long[] time)
    {
        long end = 0;
        for (var i = PredStart[op]; i < PredStart[op + 1]; i++)
        {
            var p = Preds[i];
            end = Math.Max(end, start[p] + time[p]);
        }
        return end;
    }

    /// <summary>The longest time-plus-tail among the successors of <paramref name="op"/> (0 without successors).</summary>
    public long SuccessorsTail(int op, long[] time, long[] tail)
    {
        long q = 0;
        for (var i = SuccStart[op]; i < SuccStart[op + 1]; i++)
        {
            var s = Succs[i];
            q = Math.Max(q, time[s] + tail[s]);
        }
        return q;
    }

    /// <summary>
    /// The earliest end among the successors of <paramref name="op"/> (long.MaxValue without any):
    /// an operation starting at or after it might be reachable from a successor.
    /// </summary>
    public long EarliestSuccessorEnd(int op, long[] start, long[] time)
    {
        var end = long.MaxValue;
        for (var i = SuccStart[op]; i < SuccStart[op + 1]; i++)
        {
            var s = Succs[i];
            end = Math.Min(end, start[s] + time[s]);
        }
        return end;
    }

    /// <summary>
    /// The smallest time-plus-tail among the predecessors of <paramref name="op"/> (long.MaxValue
    /// without any): an operation with at least this tail might reach a predecessor.
    /// </summary>
    public long SmallestPredecessorTail(int op, long[] time, long[] tail)
    {
        var q = long.MaxValue;
        for (var i = PredStart[op]; i < PredStart[op + 1]; i++)
        {
            var p = Preds[i];
            q = Math.Min(q, time[p] + tail[p]);
        }
        return q;
    }

    private static (int[] Start, int[] Items) Flatten(List<int>[] lists)
    {
        var start = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            start[i + 1] = start[i] + lists[i].Count;
        }
        var items = new int[start[^1]];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i].CopyTo(items, start[i]);
        }
        return (start, items);
    }

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
