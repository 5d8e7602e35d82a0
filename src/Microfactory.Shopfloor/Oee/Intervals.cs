namespace Microfactory.Shopfloor.Oee;

/// <summary>Half-open tick intervals [Start, End): merging and subtracting sorted lists.</summary>
internal static class Intervals
{
    /// <summary>Sorts and merges overlapping or touching intervals into a disjoint, ordered list.</summary>
    public static List<(long Start, long End)> Merge(IEnumerable<(long Start, long End)> intervals)
    {
        var sorted = intervals.Where(i => i.End > i.Start).OrderBy(i => i.Start).ToList();
        var merged = new List<(long Start, long End)>(sorted.Count);
        foreach (var interval in sorted)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }
        return merged;
    }

    /// <summary>[<paramref name="start"/>, <paramref name="end"/>) minus the disjoint, ordered <paramref name="holes"/>.</summary>
    public static List<(long Start, long End)> Subtract(long start, long end, List<(long Start, long End)> holes)
    {
        var result = new List<(long Start, long End)>();
        var cursor = start;
        // First hole that ends after the start.
        int lo = 0, hi = holes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (holes[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var h = lo; h < holes.Count && holes[h].Start < end; h++)
        {
            if (holes[h].Start > cursor)
            {
                result.Add((cursor, holes[h].Start));
            }
            cursor = Math.Max(cursor, holes[h].End);
        }
        if (cursor < end)
        {
            result.Add((cursor, end));
        }
        return result;
    }
}
