using Microfactory.Planning.Model;

namespace Microfactory.Planning.Timing;

/// <summary>Start times of a schedule with its machines and machine order fixed, and the passes of <see cref="EnergyTiming"/>.</summary>
internal sealed class Timeline
{
    private readonly Assignment[] _original;
    private readonly long[] _start;
    private readonly long[] _length;
    private readonly double[] _power;
    private readonly bool[] _movable;
    private readonly long[] _earliest;
    private readonly long[] _latestEnd;
    private readonly int[][] _predecessors;
    private readonly int[][] _successors;
    private readonly int[] _machinePrevious;
    private readonly int[] _machineNext;
    private readonly TimeWindow[][] _windows;
    private readonly int[] _machine;
    private readonly HourlyRate _rate;
    private readonly List<(long First, long Last)> _intervals = [];

    public Timeline(Instance instance, Schedule schedule, bool[][] frozen, long nowTick, long horizonTick, HourlyRate rate)
    {
        _rate = rate;
        _original = [.. schedule.Assignments];
        var n = _original.Length;
        _start = new long[n];
        _length = new long[n];
        _power = new double[n];
        _movable = new bool[n];
        _earliest = new long[n];
        _latestEnd = new long[n];
        _machine = new int[n];
        _machinePrevious = new int[n];
        _machineNext = new int[n];
        // Assignments are sorted by job then operation, so an operation's id is its job's offset plus its index.
        var offset = new int[instance.Jobs.Count + 1];
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            offset[j + 1] = offset[j] + instance.Jobs[j].Operations.Count;
        }
        var completion = new long[instance.Jobs.Count];
        foreach (var a in _original)
        {
            completion[a.Job] = Math.Max(completion[a.Job], a.EndTick);
        }
        var successors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        _predecessors = new int[n][];
        for (var id = 0; id < n; id++)
        {
            var a = _original[id];
            var job = instance.Jobs[a.Job];
            _start[id] = a.StartTick;
            _length[id] = a.EndTick - a.StartTick;
            _machine[id] = a.Machine;
            _power[id] = instance.Machines[a.Machine].PowerKw;
            _movable[id] = !frozen[a.Job][a.Operation];
            _earliest[id] = Math.Max(job.ReleaseTick, nowTick);
            // Lateness first: end by the due date, or by the current completion when the job is already late.
            var jobLimit = job.DueTick is { } due ? Math.Max(due, completion[a.Job]) : long.MaxValue;
            _latestEnd[id] = Math.Max(a.EndTick, Math.Min(horizonTick, jobLimit));
            _predecessors[id] = [.. job.Operations[a.Operation].PredecessorsAt(a.Operation).Select(p => offset[a.Job] + p)];
            foreach (var p in _predecessors[id])
            {
                successors[p].Add(id);
            }
        }
        _successors = [.. successors.Select(s => s.ToArray())];
        Array.Fill(_machinePrevious, -1);
        Array.Fill(_machineNext, -1);
        // Zero-length operations occupy no machine time, so only the others form the machine sequences.
        foreach (var sequence in Enumerable.Range(0, n).Where(id => _length[id] > 0).GroupBy(id => _machine[id]))
        {
            var ordered = sequence.OrderBy(id => _start[id]).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                _machinePrevious[ordered[i]] = ordered[i - 1];
                _machineNext[ordered[i - 1]] = ordered[i];
            }
        }
        _windows = [.. instance.Machines.Select(m => m.Unavailable.OrderBy(w => w.StartTick).ToArray())];
    }

    /// <summary>Runs the rounds; true when the total metric fell.</summary>
    public bool Improve(int maxRounds)
    {
        var initial = Total();
        var total = initial;
        for (var round = 0; round < maxRounds; round++)
        {
            Pass(latestFirst: true);
            Pass(latestFirst: false);
            var now = Total();
            if (total - now <= Tolerance(total))
            {
                total = now;
                break;
            }
            total = now;
        }
        return initial - total > Tolerance(initial);
    }

    public Schedule ToSchedule() => new(_original.Select((a, id) => a with { StartTick = _start[id], EndTick = _start[id] + _length[id] }));

    private void Pass(bool latestFirst)
    {
        var order = Enumerable.Range(0, _start.Length).Where(id => _movable[id]);
        order = latestFirst
            ? order.OrderByDescending(id => _start[id]).ThenByDescending(id => id)
            : order.OrderBy(id => _start[id]).ThenBy(id => id);
        foreach (var id in order.ToArray())
        {
            _start[id] = BestStart(id, preferLate: latestFirst);
        }
    }

    /// <summary>The best start of one operation with every other operation where it is; ties go late or early.</summary>
    private long BestStart(int id, bool preferLate)
    {
        var length = _length[id];
        var low = _earliest[id];
        foreach (var p in _predecessors[id])
        {
            low = Math.Max(low, _start[p] + _length[p]);
        }
        var highEnd = _latestEnd[id];
        foreach (var s in _successors[id])
        {
            highEnd = Math.Min(highEnd, _start[s]);
        }
        if (length > 0)
        {
            if (_machinePrevious[id] is var previous and >= 0)
            {
                low = Math.Max(low, _start[previous] + _length[previous]);
            }
            if (_machineNext[id] is var next and >= 0)
            {
                highEnd = Math.Min(highEnd, _start[next]);
            }
        }
        var current = _start[id];
        if (low > current || highEnd - length < current)
        {
            // Cannot happen for a feasible schedule; stay rather than guess.
            return current;
        }
        _intervals.Clear();
        IdleStarts(_machine[id], length, low, highEnd - length);
        var power = _power[id];
        var currentCost = _rate.Block(power, current, length);
        if (length == 0 || power == 0)
        {
            // Costs nothing anywhere: only the tie rule applies.
            return preferLate ? _intervals[^1].Last : _intervals[0].First;
        }
        var minimum = double.PositiveInfinity;
        foreach (var (first, last) in _intervals)
        {
            for (var s = first; ; s = _rate.NextKink(s, length))
            {
                var at = Math.Min(s, last);
                minimum = Math.Min(minimum, _rate.Block(power, at, length));
                if (at == last)
                {
                    break;
                }
            }
        }
        var best = current;
        var bestCost = currentCost;
        var threshold = minimum + Tolerance(minimum);
        foreach (var (first, last) in _intervals)
        {
            for (var s = first; ; s = _rate.NextKink(s, length))
            {
                var at = Math.Min(s, last);
                var cost = _rate.Block(power, at, length);
                // Among the (near-)cheapest starts, the latest or the earliest; never one dearer than staying.
                if (cost <= threshold && cost <= currentCost && (bestCost > threshold || (preferLate ? at > best : at < best)))
                {
                    best = at;
                    bestCost = cost;
                }
                if (at == last)
                {
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>Maximal intervals of starts in [low, high] whose block avoids the machine's unavailability.</summary>
    private void IdleStarts(int machine, long length, long low, long high)
    {
        if (length == 0)
        {
            // A zero-length block occupies nothing, so unavailability cannot exclude it.
            _intervals.Add((low, high));
            return;
        }
        var t = low;
        foreach (var w in _windows[machine])
        {
            if (t > high)
            {
                return;
            }
            if (w.EndTick <= t)
            {
                continue;
            }
            if (t + length <= w.StartTick)
            {
                _intervals.Add((t, Math.Min(high, w.StartTick - length)));
            }
            t = Math.Max(t, w.EndTick);
        }
        if (t <= high)
        {
            _intervals.Add((t, high));
        }
    }

    private double Total()
    {
        double total = 0;
        for (var id = 0; id < _start.Length; id++)
        {
            total += _rate.Block(_power[id], _start[id], _length[id]);
        }
        return total;
    }

    private static double Tolerance(double value) => 1e-9 * Math.Max(1, Math.Abs(value));
}
