namespace Microfactory.Planning.Solving;

/// <summary>
/// Shared by the parallel searches of one solve: the makespan lower bound known so far (it may
/// rise once, when propagation finishes), and the fewest iterations in which a search's best
/// met it. With <paramref name="reproducible"/> (an iteration cap, so that results repeat), a
/// search past that many iterations stops, since the search that got there first wins
/// (<c>Solver.Winner</c>), and one at or below it keeps going: a search's trajectory does not
/// depend on the bound, only where it stops, so the winner is the same however threads are
/// timed. Without it (a time limit only, which repeats nothing anyway) every search stops at once.
/// </summary>
internal sealed class BoundLatch(long lowerBound, bool reproducible)
{
    private long _lowerBound = lowerBound;
    private long _iteration = long.MaxValue;

    /// <summary>The makespan no schedule can beat, as far as is known yet.</summary>
    public long LowerBound => Volatile.Read(ref _lowerBound);

    /// <summary>Raises the bound (a stronger one was computed).</summary>
    public void Raise(long lowerBound)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref _lowerBound);
            if (lowerBound <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _lowerBound, lowerBound, seen) != seen);
    }

    /// <summary>Records that a search's best met the bound; <paramref name="iteration"/> is when that best was found.</summary>
    public void Reached(long iteration)
    {
        // Ties at the same iteration go to the lowest thread in Solver.Winner.
        long seen;
        do
        {
            seen = Volatile.Read(ref _iteration);
            if (iteration >= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _iteration, iteration, seen) != seen);
    }

    /// <summary>True when this search should stop before <paramref name="iteration"/> because another met the bound.</summary>
    public bool Outrun(long iteration)
    {
        var reached = Volatile.Read(ref _iteration);
        return reproducible ? iteration > reached : reached != long.MaxValue;
    }
}
