using Microfactory.Planning.Model;

namespace Microfactory.Planning.Promising;

/// <summary>
/// Capable-to-promise: fits a new job into the idle gaps of a committed schedule without
/// moving anything. For a chain, placing each operation where it finishes earliest is optimal:
/// the earliest fitting start never decreases when the ready time increases, so finishing an
/// operation earlier can never delay the next one. For an assembly graph the operations are
/// placed in index order the same way, a greedy answer (branches may compete for a gap).
/// </summary>
public static partial class PromiseQuery
{
    /// <summary>The earliest completion of <paramref name="job"/>, starting no earlier than <paramref name="nowTick"/> and its release.</summary>
    public static PromiseResult EarliestCompletion(Instance instance, Schedule committed, Job job, long nowTick)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(job);
        var busy = new List<(long Start, long End)>[instance.Machines.Count];
        for (var k = 0; k < busy.Length; k++)
        {
            busy[k] = [.. instance.Machines[k].Unavailable.Select(w => (w.StartTick, w.EndTick))];
        }
        foreach (var a in committed.Assignments)
        {
            if (a.EndTick > a.StartTick)
            {
                busy[a.Machine].Add((a.StartTick, a.EndTick));
            }
        }
        foreach (var list in busy)
        {
            list.Sort();
        }
        var jobIndex = instance.Jobs.Count;
        var earliest = Math.Max(nowTick, job.ReleaseTick);
        var assignments = new List<Assignment>(job.Operations.Count);
        for (var o = 0; o < job.Operations.Count; o++)
        {
            var ready = earliest;
            foreach (var p in job.Operations[o].PredecessorsAt(o))
            {
                ready = Math.Max(ready, assignments[p].EndTick);
            }
            var bestEnd = long.MaxValue;
            var bestStart = 0L;
            var bestMachine = -1;
            foreach (var option in job.Operations[o].Options)
            {
                var start = EarliestGap(busy[option.Machine], ready, option.OccupiedTicks);
                if (start + option.OccupiedTicks < bestEnd)
                {
                    bestEnd = start + option.OccupiedTicks;
                    bestStart = start;
                    bestMachine = option.Machine;
                }
            }
            if (bestMachine < 0)
            {
                throw new ArgumentException($"operation {o} of the new job has no eligible machine", nameof(job));
            }
            assignments.Add(new Assignment(jobIndex, o, bestMachine, bestStart, bestEnd));
            if (bestEnd > bestStart)
            {
                var list = busy[bestMachine];
                var at = list.BinarySearch((bestStart, bestEnd));
                list.Insert(at < 0 ? ~at : at, (bestStart, bestEnd));
            }
        }
        return new PromiseResult(assignments.Count == 0 ? earliest : assignments.Max(a => a.EndTick), assignments);
    }

    /// <summary>The earliest start at or after <paramref name="ready"/> where <paramref name="length"/> ticks fit between sorted busy intervals.</summary>
    private static long EarliestGap(List<(long Start, long End)> busy, long ready, long length)
    {
        var t = ready;
        foreach (var (start, end) in busy)
        {
            if (end <= t)
            {
                continue;
            }
            if (t + length <= start && length > 0)
            {
                return t;
            }
            if (length == 0 && t <= start)
            {
                return t;
            }
            t = Math.Max(t, end);
        }
        return t;
    }
}
