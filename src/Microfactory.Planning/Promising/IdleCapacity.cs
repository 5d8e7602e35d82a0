using Microfactory.Planning.Model;

namespace Microfactory.Planning.Promising;

/// <summary>
/// The idle time each machine has around a committed plan: what a promise may use without
/// moving anything. Build it once per plan version and answer any number of quotes from it;
/// it is immutable, so concurrent quotes may share it.
/// </summary>
public sealed class IdleCapacity
{
    // Per machine, the merged busy intervals [start, end) sorted by start: committed work and unavailability.
    private readonly long[][] _busyStart;
    private readonly long[][] _busyEnd;

    private IdleCapacity(Instance instance, long[][] busyStart, long[][] busyEnd)
    {
        Instance = instance;
        _busyStart = busyStart;
        _busyEnd = busyEnd;
    }

    /// <summary>The factory the plan belongs to (machines, power, energy profile).</summary>
    public Instance Instance { get; }

    /// <summary>The idle time of <paramref name="instance"/>'s machines around <paramref name="committed"/>.</summary>
    /// <exception cref="ArgumentException">An assignment names a machine the instance does not have.</exception>
    public static IdleCapacity Of(Instance instance, Schedule committed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(committed);
        var busy = new List<(long Start, long End)>[instance.Machines.Count];
        for (var k = 0; k < busy.Length; k++)
        {
            busy[k] = [.. instance.Machines[k].Unavailable.Select(w => (w.StartTick, w.EndTick))];
        }
        foreach (var a in committed.Assignments)
        {
            if (a.Machine < 0 || a.Machine >= busy.Length)
            {
                throw new ArgumentException($"committed job {a.Job} operation {a.Operation}: machine {a.Machine} is not a machine index (0..{busy.Length - 1})", nameof(committed));
            }
            if (a.EndTick > a.StartTick)
            {
                busy[a.Machine].Add((a.StartTick, a.EndTick));
            }
        }
        var starts = new long[busy.Length][];
        var ends = new long[busy.Length][];
        for (var k = 0; k < busy.Length; k++)
        {
            var list = busy[k];
            list.Sort();
            var mergedStart = new List<long>(list.Count);
            var mergedEnd = new List<long>(list.Count);
            foreach (var (start, end) in list)
            {
                if (mergedEnd.Count > 0 && start <= mergedEnd[^1])
                {
                    mergedEnd[^1] = Math.Max(mergedEnd[^1], end);
                }
                else
                {
                    mergedStart.Add(start);
                    mergedEnd.Add(end);
                }
            }
            starts[k] = [.. mergedStart];
            ends[k] = [.. mergedEnd];
        }
        return new IdleCapacity(instance, starts, ends);
    }

    /// <summary>The end of the last busy interval of <paramref name="machine"/> (0 when it is never busy).</summary>
    internal long LastBusyEnd(int machine) => _busyEnd[machine].Length == 0 ? 0 : _busyEnd[machine][^1];

    /// <summary>The earliest start at or after <paramref name="ready"/> at which <paramref name="length"/> idle ticks follow.</summary>
    internal long EarliestFit(int machine, long ready, long length)
    {
        if (length <= 0)
        {
            return ready;
        }
        var starts = _busyStart[machine];
        var ends = _busyEnd[machine];
        var t = ready;
        for (var k = FirstEndingAfter(ends, ready); k < starts.Length; k++)
        {
            if (t + length <= starts[k])
            {
                return t;
            }
            t = Math.Max(t, ends[k]);
        }
        return t;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the maximal intervals [first, last] of starts s in
    /// [<paramref name="low"/>, <paramref name="high"/>] for which [s, s + length) is idle, in order.
    /// A zero-length block occupies nothing, so every start is allowed.
    /// </summary>
    internal void FeasibleStarts(int machine, long length, long low, long high, List<(long First, long Last)> into)
    {
        if (low > high)
        {
            return;
        }
        if (length <= 0)
        {
            into.Add((low, high));
            return;
        }
        var starts = _busyStart[machine];
        var ends = _busyEnd[machine];
        var t = low;
        for (var k = FirstEndingAfter(ends, low); k < starts.Length && t <= high; k++)
        {
            if (t + length <= starts[k])
            {
                into.Add((t, Math.Min(high, starts[k] - length)));
            }
            t = Math.Max(t, ends[k]);
        }
        if (t <= high)
        {
            into.Add((t, high));
        }
    }

    /// <summary>True when [start, start + length) overlaps no busy interval of <paramref name="machine"/>.</summary>
    internal bool IsIdle(int machine, long start, long length) => length <= 0 || EarliestFit(machine, start, length) == start;

    private static int FirstEndingAfter(long[] ends, long tick)
    {
        // Merged intervals are disjoint and sorted, so their ends are sorted too.
        var lo = 0;
        var hi = ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] <= tick)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
