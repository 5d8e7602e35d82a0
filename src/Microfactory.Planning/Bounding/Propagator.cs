using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Bounding;

/// <summary>
/// Tries to prove that no schedule ends by a trial makespan T (destructive lower bounding):
/// heads and tails are tightened through job precedences, machine options that cannot fit
/// before T are dropped (an operation left with one option is then bound to that machine), and
/// the operations bound to one machine are checked and tightened by the disjunctive pair rule
/// and edge finding on task intervals (Carlier and Pinson 1989; Caseau and Laburthe 1994). Each
/// deduction holds for every schedule that ends by T, so a contradiction proves the optimum
/// exceeds T. The work is capped (counted in steps, not time, so the result is deterministic);
/// when the cap is reached (or the solver's time is up) the answer is "not refuted", which is
/// always safe.
/// </summary>
internal sealed class Propagator
{
    private readonly ProblemData _data;
    private readonly long[] _baseHead;
    private readonly long[] _baseTail;
    private readonly long[] _head;
    private readonly long[] _tail;
    private readonly long[] _time;
    private readonly bool[] _alive;
    private readonly List<int>[] _bound;
    private readonly long[] _savedHead;
    private readonly long[] _savedTail;
    private readonly long[] _savedTime;
    private readonly bool[] _savedAlive;
    private readonly Func<bool> _abort;
    private long _budget;

    /// <summary>A propagator starting every trial from <paramref name="head"/> and <paramref name="tail"/>, for at most <paramref name="budget"/> steps in all.</summary>
    /// <param name="data">The problem.</param>
    /// <param name="head">Earliest starts, from the job graph.</param>
    /// <param name="tail">Shortest work after each operation, from the job graph.</param>
    /// <param name="budget">Steps of work allowed over all trials.</param>
    /// <param name="abort">Checked between rounds: when it says so, the propagator gives up (answers "not refuted").</param>
    public Propagator(ProblemData data, long[] head, long[] tail, long budget, Func<bool> abort)
    {
        _abort = abort;
        _data = data;
        _baseHead = head;
        _baseTail = tail;
        _head = new long[data.OperationCount];
        _tail = new long[data.OperationCount];
        _time = new long[data.OperationCount];
        _alive = new bool[data.OptionTime.Length];
        _bound = [.. Enumerable.Range(0, data.MachineCount).Select(_ => new List<int>())];
        _savedHead = new long[data.OperationCount];
        _savedTail = new long[data.OperationCount];
        _savedTime = new long[data.OperationCount];
        _savedAlive = new bool[data.OptionTime.Length];
        _budget = budget;
    }

    /// <summary>True when the budget ran out or the caller aborted; every later <see cref="Refutes"/> answers false.</summary>
    public bool Exhausted => _budget <= 0 || _abort();

    /// <summary>
    /// True when it is proven that no feasible schedule has a makespan of at most
    /// <paramref name="makespan"/>. With <paramref name="shave"/>, each operation's options and
    /// start window are also probed: a choice whose propagation fails is removed (shaving).
    /// </summary>
    public bool Refutes(long makespan, bool shave)
    {
        var n = _data.OperationCount;
        Array.Copy(_baseHead, _head, n);
        Array.Copy(_baseTail, _tail, n);
        Array.Copy(_data.MinTime, _time, n);
        Array.Fill(_alive, true);
        return Contradicts(makespan) || (shave && Shave(makespan));
    }

    /// <summary>Applies the rules until nothing changes; true on a contradiction (false, too, when the budget runs out).</summary>
    private bool Contradicts(long makespan)
    {
        while (!Exhausted)
        {
            Precedences();
            var changed = false;
            switch (Options(makespan))
            {
                case Outcome.Contradiction:
                    return true;
                case Outcome.Changed:
                    changed = true;
                    break;
            }
            for (var k = 0; k < _data.MachineCount; k++)
            {
                switch (Machine(_bound[k], makespan))
                {
                    case Outcome.Contradiction:
                        return true;
                    case Outcome.Changed:
                        changed = true;
                        break;
                }
            }
            if (!changed)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Probes, for every operation, each remaining machine option and, when its length no longer
    /// depends on the machine, the two ends of its start window (by bisection); what fails is
    /// removed, and the probes repeat while they remove anything.
    /// </summary>
    private bool Shave(long makespan)
    {
        var d = _data;
        var progress = true;
        while (progress && !Exhausted)
        {
            progress = false;
            for (var op = 0; op < d.OperationCount && !Exhausted; op++)
            {
                for (var a = d.OptionStart[op]; a < d.OptionStart[op + 1]; a++)
                {
                    if (!_alive[a] || AliveOptions(op) < 2 || !Fails(makespan, () => KeepOnly(op, a)))
                    {
                        continue;
                    }
                    _alive[a] = false;
                    progress = true;
                    if (Contradicts(makespan))
                    {
                        return true;
                    }
                }
                if (!FixedLength(op))
                {
                    continue;
                }
                // Earliest start: the smallest s for which "starts by s" survives propagation.
                // (A tail of T - s - length says "ends by s + length", the same thing only when
                // the length does not depend on the machine, hence FixedLength.)
                var low = _head[op];
                var high = makespan - _tail[op] - _time[op];
                while (low < high && !Exhausted)
                {
                    var middle = low + ((high - low) / 2);
                    if (Fails(makespan, () => _tail[op] = Math.Max(_tail[op], makespan - middle - _time[op])))
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }
                if (low > _head[op])
                {
                    _head[op] = low;
                    progress = true;
                    if (Contradicts(makespan))
                    {
                        return true;
                    }
                }
                // Latest start: the largest s for which "starts at s or later" survives.
                low = _head[op];
                high = makespan - _tail[op] - _time[op];
                while (low < high && !Exhausted)
                {
                    var middle = high - ((high - low) / 2);
                    if (Fails(makespan, () => _head[op] = Math.Max(_head[op], middle)))
                    {
                        high = middle - 1;
                    }
                    else
                    {
                        low = middle;
                    }
                }
                if (makespan - high - _time[op] > _tail[op])
                {
                    _tail[op] = makespan - high - _time[op];
                    progress = true;
                    if (Contradicts(makespan))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="assume"/> leads to a contradiction; the state is restored either way.</summary>
    private bool Fails(long makespan, Action assume)
    {
        var n = _data.OperationCount;
        Array.Copy(_head, _savedHead, n);
        Array.Copy(_tail, _savedTail, n);
        Array.Copy(_time, _savedTime, n);
        Array.Copy(_alive, _savedAlive, _alive.Length);
        assume();
        var failed = Contradicts(makespan);
        Array.Copy(_savedHead, _head, n);
        Array.Copy(_savedTail, _tail, n);
        Array.Copy(_savedTime, _time, n);
        Array.Copy(_savedAlive, _alive, _alive.Length);
        _budget -= 4L * n;
        return failed;
    }

    private void KeepOnly(int op, int option)
    {
        for (var a = _data.OptionStart[op]; a < _data.OptionStart[op + 1]; a++)
        {
            _alive[a] = a == option;
        }
    }

    /// <summary>True when every remaining option of <paramref name="op"/> takes the same time.</summary>
    private bool FixedLength(int op)
    {
        for (var a = _data.OptionStart[op]; a < _data.OptionStart[op + 1]; a++)
        {
            if (_alive[a] && _data.OptionTime[a] != _time[op])
            {
                return false;
            }
        }
        return true;
    }

    private int AliveOptions(int op)
    {
        var count = 0;
        for (var a = _data.OptionStart[op]; a < _data.OptionStart[op + 1]; a++)
        {
            count += _alive[a] ? 1 : 0;
        }
        return count;
    }

    private enum Outcome
    {
        Unchanged,
        Changed,
        Contradiction,
    }

    /// <summary>Heads forward and tails backward along the job graph (indices are a topological order).</summary>
    private void Precedences()
    {
        var d = _data;
        for (var op = 0; op < d.OperationCount; op++)
        {
            var end = _head[op] + _time[op];
            for (var i = d.SuccStart[op]; i < d.SuccStart[op + 1]; i++)
            {
                var s = d.Succs[i];
                _head[s] = Math.Max(_head[s], end);
            }
        }
        for (var op = d.OperationCount - 1; op >= 0; op--)
        {
            for (var i = d.SuccStart[op]; i < d.SuccStart[op + 1]; i++)
            {
                var s = d.Succs[i];
                _tail[op] = Math.Max(_tail[op], _time[s] + _tail[s]);
            }
        }
        _budget -= d.OperationCount + d.Succs.Length;
    }

    /// <summary>Drops options that cannot end in time; lists the operations left with exactly one machine.</summary>
    private Outcome Options(long makespan)
    {
        var d = _data;
        var outcome = Outcome.Unchanged;
        foreach (var list in _bound)
        {
            list.Clear();
        }
        for (var op = 0; op < d.OperationCount; op++)
        {
            var shortest = long.MaxValue;
            var count = 0;
            var last = -1;
            for (var a = d.OptionStart[op]; a < d.OptionStart[op + 1]; a++)
            {
                if (!_alive[a])
                {
                    continue;
                }
                if (_head[op] + d.OptionTime[a] + _tail[op] > makespan)
                {
                    _alive[a] = false;
                    outcome = Outcome.Changed;
                    continue;
                }
                shortest = Math.Min(shortest, d.OptionTime[a]);
                count++;
                last = a;
            }
            if (count == 0)
            {
                return Outcome.Contradiction;
            }
            _time[op] = shortest;
            // Zero-length work does not occupy its machine, so it takes no part in sequencing.
            if (count == 1 && shortest > 0)
            {
                _bound[d.OptionMachine[last]].Add(op);
            }
        }
        _budget -= d.OptionTime.Length;
        return outcome;
    }

    /// <summary>Pair rule and edge finding on the operations bound to one machine.</summary>
    private Outcome Machine(List<int> ops, long makespan)
    {
        var count = ops.Count;
        if (count < 2)
        {
            return Outcome.Unchanged;
        }
        var outcome = Outcome.Unchanged;
        // Pair rule: if i cannot come before j, j comes before i.
        for (var x = 0; x < count; x++)
        {
            for (var y = 0; y < count; y++)
            {
                var i = ops[x];
                var j = ops[y];
                if (i == j || _head[i] + _time[i] + _time[j] <= Deadline(j, makespan))
                {
                    continue;
                }
                if (_head[j] + _time[j] + _time[i] > Deadline(i, makespan))
                {
                    return Outcome.Contradiction;
                }
                outcome = Max(outcome, RaiseHead(i, _head[j] + _time[j]));
                outcome = Max(outcome, RaiseTail(j, _tail[i] + _time[i]));
            }
        }
        _budget -= (long)count * count;
        return Max(outcome, EdgeFinding(ops, makespan));
    }

    /// <summary>
    /// For every task interval Ω (operations with a head of at least that of one and a deadline of
    /// at most that of another): overload is a contradiction; an operation that cannot come before
    /// the end of Ω comes after all of it, and one that cannot start after Ω's start comes before it.
    /// </summary>
    private Outcome EdgeFinding(List<int> ops, long makespan)
    {
        var count = ops.Count;
        var byHead = ops.OrderBy(op => _head[op]).ThenBy(op => op).ToArray();
        var byDeadline = ops.OrderBy(op => Deadline(op, makespan)).ThenBy(op => op).ToArray();
        var member = new bool[_data.OperationCount];
        var outcome = Outcome.Unchanged;
        foreach (var low in byHead)
        {
            var from = _head[low];
            foreach (var high in byDeadline)
            {
                var to = Deadline(high, makespan);
                long work = 0;
                var minHead = long.MaxValue;
                var maxDeadline = long.MinValue;
                var size = 0;
                foreach (var op in ops)
                {
                    member[op] = _head[op] >= from && Deadline(op, makespan) <= to;
                    if (member[op])
                    {
                        work += _time[op];
                        minHead = Math.Min(minHead, _head[op]);
                        maxDeadline = Math.Max(maxDeadline, Deadline(op, makespan));
                        size++;
                    }
                }
                _budget -= count * 3L;
                if (size == 0)
                {
                    continue;
                }
                if (minHead + work > maxDeadline)
                {
                    return Outcome.Contradiction;
                }
                if (size == count)
                {
                    continue;
                }
                var earliestEnd = EarliestEnd(byHead, member);
                var latestStart = LatestStart(byDeadline, member, makespan);
                foreach (var i in ops)
                {
                    if (member[i])
                    {
                        continue;
                    }
                    if (Math.Min(minHead, _head[i]) + work + _time[i] > maxDeadline)
                    {
                        outcome = Max(outcome, RaiseHead(i, earliestEnd));
                    }
                    if (minHead + work + _time[i] > Math.Max(maxDeadline, Deadline(i, makespan)))
                    {
                        outcome = Max(outcome, RaiseTail(i, makespan - latestStart));
                    }
                }
                if (_budget <= 0)
                {
                    return outcome;
                }
            }
        }
        return outcome;
    }

    /// <summary>
    /// No order of the members ends before the smallest head of a subset plus its work; the
    /// subsets are the members from each position of <paramref name="byHead"/> on (taking the
    /// smallest head, not the position's, keeps this valid once heads have moved since sorting).
    /// </summary>
    private long EarliestEnd(int[] byHead, bool[] member)
    {
        long work = 0;
        var minHead = long.MaxValue;
        long end = 0;
        for (var x = byHead.Length - 1; x >= 0; x--)
        {
            var op = byHead[x];
            if (member[op])
            {
                work += _time[op];
                minHead = Math.Min(minHead, _head[op]);
                end = Math.Max(end, minHead + work);
            }
        }
        return end;
    }

    /// <summary>Symmetric to <see cref="EarliestEnd"/>: no order of the members starts after the largest deadline of a subset minus its work.</summary>
    private long LatestStart(int[] byDeadline, bool[] member, long makespan)
    {
        long work = 0;
        var maxDeadline = long.MinValue;
        var start = long.MaxValue;
        foreach (var op in byDeadline)
        {
            if (member[op])
            {
                work += _time[op];
                maxDeadline = Math.Max(maxDeadline, Deadline(op, makespan));
                start = Math.Min(start, maxDeadline - work);
            }
        }
        return start;
    }

    private long Deadline(int op, long makespan) => makespan - _tail[op];

    private Outcome RaiseHead(int op, long head)
    {
        if (head <= _head[op])
        {
            return Outcome.Unchanged;
        }
        _head[op] = head;
        return Outcome.Changed;
    }

    private Outcome RaiseTail(int op, long tail)
    {
        if (tail <= _tail[op])
        {
            return Outcome.Unchanged;
        }
        _tail[op] = tail;
        return Outcome.Changed;
    }

    private static Outcome Max(Outcome a, Outcome b) => a >= b ? a : b;
}
