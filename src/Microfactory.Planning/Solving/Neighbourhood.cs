namespace Microfactory.Planning.Solving;

/// <summary>
/// Moves around one critical path of the disjunctive graph, with approximate makespans from
/// heads and tails: block moves within a machine (N7, which contains the N5 swaps of
/// Nowicki–Smutnicki) and reassignment of a critical operation to another eligible machine at its best feasible
/// position (the k-insertion of Mastrolilli–Gambardella).
/// </summary>
internal sealed class Neighbourhood
{
    private readonly int[] _path;
    private readonly List<Move> _moves;
    private readonly int[] _segment;
    private readonly long[] _heads;

    public Neighbourhood(ProblemData data)
    {
        _path = new int[data.OperationCount];
        _moves = new List<Move>(64);
        _segment = new int[data.OperationCount];
        _heads = new long[data.OperationCount];
    }

    public List<Move> Moves => _moves;

    public int PathLength { get; private set; }

    public ReadOnlySpan<int> Path => _path.AsSpan(0, PathLength);

    /// <summary>Finds one critical path ending at <paramref name="endOp"/> and lists the moves around it.</summary>
    public void Build(SolutionState s, int endOp, Random random)
    {
        BuildPath(s, endOp, random);
        _moves.Clear();
        AddBlockMoves(s);
        AddReassignments(s);
    }

    /// <summary>An operation whose end equals the makespan; random among ties, for diversity.</summary>
    public static int FindEndOperation(SolutionState s, Random random)
    {
        var best = -1;
        var ties = 0;
        for (var i = 0; i < s.Data.OperationCount; i++)
        {
            if (s.Start[i] + s.Time[i] == s.Makespan && random.Next(++ties) == 0)
            {
                best = i;
            }
        }
        return best;
    }

    private void BuildPath(SolutionState s, int endOp, Random random)
    {
        var data = s.Data;
        var count = 0;
        var op = endOp;
        while (op >= 0)
        {
            _path[count++] = op;
            var start = s.Start[op];
            var mp = s.MachinePred[op];
            var jp = -1;
            for (var i = data.PredStart[op]; i < data.PredStart[op + 1]; i++)
            {
                var p = data.Preds[i];
                if (s.Start[p] + s.Time[p] == start)
                {
                    jp = p;
                    break;
                }
            }
            var machineTight = mp >= 0 && s.Start[mp] + s.Time[mp] == start;
            var jobTight = jp >= 0;
            op = machineTight && jobTight ? (random.Next(2) == 0 ? mp : jp)
                : machineTight ? mp
                : jobTight ? jp
                : -1;
        }
        Array.Reverse(_path, 0, count);
        PathLength = count;
    }

    /// <summary>
    /// N7-style block moves (Zhang et al. 2007): every operation of a critical block to the
    /// block's first or last place, and the first and last operations to every place inside.
    /// </summary>
    private void AddBlockMoves(SolutionState s)
    {
        var path = _path;
        var i = 0;
        while (i < PathLength)
        {
            var end = i;
            while (end + 1 < PathLength && s.MachineSucc[path[end]] == path[end + 1])
            {
                end++;
            }
            if (end > i)
            {
                var first = s.Position[path[i]];
                var last = s.Position[path[end]];
                for (var p = first; p <= last; p++)
                {
                    var op = s.Sequence[s.Machine[path[i]]][p];
                    if (p != first)
                    {
                        AddSameMachine(s, op, p, first);
                    }
                    if (p != last)
                    {
                        AddSameMachine(s, op, p, last);
                    }
                    if (p != first && p != last)
                    {
                        AddSameMachine(s, path[i], first, p);
                        AddSameMachine(s, path[end], last, p);
                    }
                }
            }
            i = end + 1;
        }
    }

    /// <summary>
    /// Estimates moving the operation at index <paramref name="from"/> to index <paramref name="to"/>
    /// of its machine by recomputing heads forward and tails backward over the changed segment
    /// only, with job neighbours' times taken from the current solution (Dell'Amico–Trubian style).
    /// Moves that may create a cycle (by the head/tail test used for insertions) are skipped.
    /// </summary>
    private void AddSameMachine(SolutionState s, int op, int from, int to)
    {
        var data = s.Data;
        var k = s.Machine[op];
        var seq = s.Sequence[k];
        var lo = Math.Min(from, to);
        var hi = Math.Max(from, to);
        if (from < to ? s.Start[seq[to]] >= data.EarliestSuccessorEnd(op, s.Start, s.Time)
                      : s.Tail[seq[to]] >= data.SmallestPredecessorTail(op, s.Time, s.Tail))
        {
            return;
        }
        var count = hi - lo + 1;
        var order = _segment;
        for (int p = lo, c = 0; p <= hi; p++)
        {
            var o = seq[p];
            if (o != op)
            {
                order[from < to ? c++ : ++c] = o;
            }
        }
        order[from < to ? count - 1 : 0] = op;
        var prevEnd = lo > 0 ? s.End(seq[lo - 1]) : 0;
        for (var c = 0; c < count; c++)
        {
            var o = order[c];
            var head = Math.Max(data.Release[o], Math.Max(prevEnd, data.PredecessorsEnd(o, s.Start, s.Time)));
            _heads[c] = head;
            prevEnd = head + s.Time[o];
        }
        var nextTail = hi + 1 < s.SequenceLength[k] ? s.Time[seq[hi + 1]] + s.Tail[seq[hi + 1]] : 0;
        long estimate = 0;
        for (var c = count - 1; c >= 0; c--)
        {
            var o = order[c];
            var tail = Math.Max(nextTail, data.SuccessorsTail(o, s.Time, s.Tail));
            estimate = Math.Max(estimate, _heads[c] + s.Time[o] + tail);
            nextTail = s.Time[o] + tail;
        }
        _moves.Add(new Move(op, k, to, estimate));
    }

    private void AddReassignments(SolutionState s)
    {
        var data = s.Data;
        for (var idx = 0; idx < PathLength; idx++)
        {
            var v = _path[idx];
            if (data.OptionStart[v + 1] - data.OptionStart[v] < 2)
            {
                continue;
            }
            var headBound = Math.Max(data.Release[v], data.PredecessorsEnd(v, s.Start, s.Time));
            var tailBound = data.SuccessorsTail(v, s.Time, s.Tail);
            // Inserting v after x creates a cycle only through a path from a job successor js to x,
            // which would make Start[x] >= End(js); before y only through a path from y to a job
            // predecessor jp, which would make Tail[y] >= Time[jp] + Tail[jp].
            var xLimit = data.EarliestSuccessorEnd(v, s.Start, s.Time);
            var yLimit = data.SmallestPredecessorTail(v, s.Time, s.Tail);
            var mp = s.MachinePred[v];
            var ms = s.MachineSucc[v];
            var bypass = mp >= 0 && ms >= 0 ? s.End(mp) + s.Time[ms] + s.Tail[ms] : 0;
            for (var a = data.OptionStart[v]; a < data.OptionStart[v + 1]; a++)
            {
                var k = data.OptionMachine[a];
                if (k == s.Machine[v])
                {
                    continue;
                }
                var p = data.OptionTime[a];
                var seq = s.Sequence[k];
                var len = s.SequenceLength[k];
                var bestEstimate = long.MaxValue;
                var bestPosition = -1;
                for (var pos = 0; pos <= len; pos++)
                {
                    var x = pos > 0 ? seq[pos - 1] : -1;
                    var y = pos < len ? seq[pos] : -1;
                    if (x >= 0 && s.Start[x] >= xLimit)
                    {
                        break;
                    }
                    if (y >= 0 && s.Tail[y] >= yLimit)
                    {
                        continue;
                    }
                    var head = Math.Max(headBound, x >= 0 ? s.End(x) : 0);
                    var tail = Math.Max(tailBound, y >= 0 ? s.Time[y] + s.Tail[y] : 0);
                    var estimate = head + p + tail;
                    if (estimate < bestEstimate)
                    {
                        bestEstimate = estimate;
                        bestPosition = pos;
                    }
                }
                if (bestPosition >= 0)
                {
                    _moves.Add(new Move(v, k, bestPosition, Math.Max(bestEstimate, bypass)));
                }
            }
        }
    }
}
