namespace Microfactory.Planning.Bounding;

/// <summary>
/// The preemptive one-machine bound with heads and tails: Jackson's rule (at every moment run
/// the released operation with the longest tail, interrupting when a longer tail is released)
/// minimises max(completion + tail) when interruption is allowed, so its value bounds every
/// non-preemptive sequence too (Carlier 1982). O(k log k) for k operations.
/// </summary>
internal static class OneMachineBound
{
    public static long Compute(int[] ops, long[] head, long[] time, long[] tail)
    {
        var byHead = ops.OrderBy(op => head[op]).ThenBy(op => op).ToArray();
        var remaining = new Dictionary<int, long>(byHead.Length);
        var ready = new PriorityQueue<int, (long NegativeTail, int Op)>(byHead.Length);
        long t = 0;
        long bound = 0;
        var next = 0;
        while (next < byHead.Length || ready.Count > 0)
        {
            if (ready.Count == 0)
            {
                t = Math.Max(t, head[byHead[next]]);
            }
            while (next < byHead.Length && head[byHead[next]] <= t)
            {
                var op = byHead[next++];
                remaining[op] = time[op];
                ready.Enqueue(op, (-tail[op], op));
            }
            var current = ready.Peek();
            var release = next < byHead.Length ? head[byHead[next]] : long.MaxValue;
            var run = Math.Min(remaining[current], release - t);
            t += run;
            remaining[current] -= run;
            if (remaining[current] == 0)
            {
                ready.Dequeue();
                bound = Math.Max(bound, t + tail[current]);
            }
        }
        return bound;
    }
}
