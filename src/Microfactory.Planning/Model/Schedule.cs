namespace Microfactory.Planning.Model;

/// <summary>A complete schedule: one assignment per operation, ordered by job then operation.</summary>
public sealed class Schedule
{
    private readonly Assignment[] _assignments;

    /// <summary>Creates a schedule; the assignments are sorted by job then operation.</summary>
    public Schedule(IEnumerable<Assignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        _assignments = [.. assignments.OrderBy(a => a.Job).ThenBy(a => a.Operation)];
        MakespanTicks = _assignments.Length == 0 ? 0 : _assignments.Max(a => a.EndTick);
    }

    /// <summary>Assignments ordered by job, then operation.</summary>
    public IReadOnlyList<Assignment> Assignments => _assignments;

    /// <summary>The latest end tick (0 for an empty schedule).</summary>
    public long MakespanTicks { get; }

    /// <summary>The assignment of one operation, or null when the schedule lacks it.</summary>
    public Assignment? Find(int job, int operation)
    {
        var lo = 0;
        var hi = _assignments.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var a = _assignments[mid];
            var cmp = a.Job != job ? a.Job.CompareTo(job) : a.Operation.CompareTo(operation);
            if (cmp == 0)
            {
                return a;
            }
            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return null;
    }
}
