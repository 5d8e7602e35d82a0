using Microfactory.Planning.Model;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Bounding;

/// <summary>
/// Makespan lower bounds: the solver stops as soon as its best schedule meets one, since
/// nothing better exists. Every bound relaxes the instance (shortest duration on any eligible
/// machine, no unavailability, machines of a group interchangeable) or only draws conclusions
/// that hold for every schedule, so it holds for every feasible schedule.
/// </summary>
public static class LowerBounds
{
    /// <summary>Steps of propagation allowed per bound (tens of milliseconds at most), then of shaving.</summary>
    internal const long PropagationBudget = 10_000_000;

    internal const long ShavingBudget = 10_000_000;

    /// <summary>
    /// The strongest bound for <paramref name="instance"/>: the closed-form ones of
    /// <see cref="BoundKind"/>, then propagation. Takes milliseconds to about a second on a
    /// few hundred operations (the propagation is capped by a step count, so the answer is the
    /// same on every machine).
    /// </summary>
    public static MakespanBound Makespan(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var data = new ProblemData(instance);
        return Propagated(data, Direct(data), static () => false);
    }

    /// <summary>The closed-form bounds only (job paths, total work, machine groups, one machine): milliseconds.</summary>
    internal static MakespanBound Direct(ProblemData data) => Direct(data, out _, out _);

    /// <summary>
    /// The smallest makespan, at least <paramref name="direct"/>, that <see cref="Propagator"/>
    /// cannot refute: doubling steps then bisection without shaving, then one at a time with it.
    /// <paramref name="abort"/> (the solver's time limit) ends it early with what is proven so far.
    /// </summary>
    internal static MakespanBound Propagated(ProblemData data, MakespanBound direct, Func<bool> abort)
    {
        if (data.OperationCount == 0)
        {
            return direct;
        }
        var (head, tail) = HeadsAndTails(data);
        var propagator = new Propagator(data, head, tail, PropagationBudget, abort);
        // Invariant: the optimum is at least low; high, once set, was not refuted.
        var low = direct.Ticks;
        var step = 1L;
        while (propagator.Refutes(low + step - 1, shave: false))
        {
            low += step;
            step *= 2;
        }
        var high = low + step - 1;
        while (low < high && !propagator.Exhausted)
        {
            var middle = low + ((high - low) / 2);
            if (propagator.Refutes(middle, shave: false))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        // Shaving costs far more per trial; go up one at a time.
        var shaving = new Propagator(data, head, tail, ShavingBudget, abort);
        while (shaving.Refutes(low, shave: true))
        {
            low++;
        }
        return low > direct.Ticks ? new MakespanBound(low, BoundKind.Propagation, []) : direct;
    }

    private static MakespanBound Direct(ProblemData data, out long[] head, out long[] tail)
    {
        var n = data.OperationCount;
        (head, tail) = HeadsAndTails(data);
        var best = new MakespanBound(0, BoundKind.JobPath, [0]);
        long totalWork = 0;
        for (var op = 0; op < n; op++)
        {
            var path = head[op] + data.MinTime[op] + tail[op];
            if (path > best.Ticks)
            {
                best = new MakespanBound(path, BoundKind.JobPath, [data.OpJob[op]]);
            }
            totalWork += data.MinTime[op];
        }
        var spread = data.MachineCount == 0 ? 0 : (totalWork + data.MachineCount - 1) / data.MachineCount;
        if (spread > best.Ticks)
        {
            best = new MakespanBound(spread, BoundKind.TotalWork, []);
        }
        foreach (var group in MachineGroups.Of(data))
        {
            var ticks = group.Machines.Length == 1
                ? OneMachineBound.Compute(group.Operations, head, data.MinTime, tail)
                : GroupBound(group, head, data.MinTime, tail);
            if (ticks > best.Ticks)
            {
                best = new MakespanBound(ticks, group.Machines.Length == 1 ? BoundKind.OneMachine : BoundKind.MachineGroup, group.Machines);
            }
        }
        return best;
    }

    /// <summary>
    /// Head: the earliest start of each operation (release, then its job predecessors at their
    /// shortest). Tail: the shortest work that must follow it in its job.
    /// </summary>
    internal static (long[] Head, long[] Tail) HeadsAndTails(ProblemData data)
    {
        var n = data.OperationCount;
        var head = new long[n];
        var tail = new long[n];
        // Operation indices are a topological order: predecessors always have smaller indices.
        for (var op = 0; op < n; op++)
        {
            var start = data.Release[op];
            for (var i = data.PredStart[op]; i < data.PredStart[op + 1]; i++)
            {
                var p = data.Preds[i];
                start = Math.Max(start, head[p] + data.MinTime[p]);
            }
            head[op] = start;
        }
        for (var op = n - 1; op >= 0; op--)
        {
            long q = 0;
            for (var i = data.SuccStart[op]; i < data.SuccStart[op + 1]; i++)
            {
                var s = data.Succs[i];
                q = Math.Max(q, data.MinTime[s] + tail[s]);
            }
            tail[op] = q;
        }
        return (head, tail);
    }

    /// <summary>
    /// Parallel-machine bound for the work only the group can do: the operations with a head of
    /// at least h all start at or after h, and the one that finishes last (no earlier than h plus
    /// their work over the group size) still has its tail to go; likewise from the tails.
    /// </summary>
    private static long GroupBound(MachineGroup group, long[] head, long[] time, long[] tail)
    {
        var ops = group.Operations;
        var size = group.Machines.Length;
        return Math.Max(Sweep(ops, head, tail, time, size), Sweep(ops, tail, head, time, size));
    }

    private static long Sweep(int[] ops, long[] key, long[] other, long[] time, int size)
    {
        var order = ops.OrderByDescending(op => key[op]).ThenBy(op => op).ToArray();
        long work = 0;
        var minOther = long.MaxValue;
        long bound = 0;
        foreach (var op in order)
        {
            work += time[op];
            minOther = Math.Min(minOther, other[op]);
            bound = Math.Max(bound, key[op] + ((work + size - 1) / size) + minOther);
        }
        return bound;
    }
}
