using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Oee;

/// <summary>One machine's state as a step function of time: the initial state, then each change in time order (later input wins a tie).</summary>
internal sealed class StateTimeline
{
    private readonly long[] _at;
    private readonly MachineState[] _state;
    private readonly MachineState _initial;

    public StateTimeline(MachineState initial, IEnumerable<StateChange> changes)
    {
        // OrderBy is stable, so of two changes at the same instant the one given later is the one in force.
        var sorted = changes.OrderBy(c => c.At.UtcTicks).ToArray();
        _initial = initial;
        _at = [.. sorted.Select(c => c.At.UtcTicks)];
        _state = [.. sorted.Select(c => c.State)];
    }

    /// <summary>Adds the ticks spent in each state during [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="ticksByState"/>.</summary>
    public void Accumulate(long start, long end, long[] ticksByState)
    {
        // Last change at or before the start; -1 means the initial state is in force.
        var i = LastAtOrBefore(start);
        var cursor = start;
        while (cursor < end)
        {
            var state = i < 0 ? _initial : _state[i];
            var next = i + 1 < _at.Length ? Math.Min(_at[i + 1], end) : end;
            ticksByState[(int)state] += Math.Max(0, next - cursor);
            cursor = Math.Max(cursor, next);
            i++;
        }
    }

    private int LastAtOrBefore(long instant)
    {
        int lo = 0, hi = _at.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_at[mid] <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
