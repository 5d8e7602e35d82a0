namespace Microfactory.Planning.Solving;

/// <summary>
/// Moves around one critical path of the disjunctive graph, with approximate makespans from
/// heads and tails: block-end swaps (Nowicki–Smutnicki N5, generalised to every block end)
/// and reassignment of a critical operation to another eligible machine at its best feasible
/// position (the k-insertion of Mastrolilli–Gambardella).
/// </summary>
internal sealed class Neighbourhood
{
    private readonly int[] _path;
    private readonly List<Move> _moves;

    public Neighbourhood(ProblemData data)
    {
        _path = new int[data.OperationCount];
        _moves = new List<Move>(64);
    }

    public List<Move> Moves => _moves;

    public int PathLength { get; private set; }

    public ReadOnlySpan<int> Path => _path.AsSpan(0, PathLength);

    /// <summary>Finds one critical path ending at <paramref name="endOp"/> and lists the moves around it.</summary>
    public void Build(SolutionState s, int endOp, Random random)
    {
        BuildPath(s, endOp, random);
        _moves.Clear();
        AddSwaps(s);
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
        var jobPred = s.Data.JobPred;
        var count = 0;
        var op = endOp;
        while (op >= 0)
        {
            _path[count++] = op;
            var start = s.Start[op];
            var mp = s.MachinePred[op];
            var jp = jobPred[op];
            var machineTight = mp >= 0 && s.Start[mp] + s.Time[mp] == start;
            var jobTight = jp >= 0 && s.Start[jp] + s.Time[jp] == start;
            op = machineTight && jobTight ? (random.Next(2) == 0 ? mp : jp)
                : machineTight ? mp
                : jobTight ? jp
                : -1;
        }
        Array.Reverse(_path, 0, count);
        PathLength = count;
    }

    private void AddSwaps(SolutionState s)
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
                AddSwap(s, path[i], path[i + 1]);
                if (end - 1 > i)
                {
                    AddSwap(s, path[end - 1], path[end]);
                }
            }
            i = end + 1;
        }
    }

    private void AddSwap(SolutionState s, int u, int v)
    {
        var data = s.Data;
        var a = s.MachinePred[u];
        var b = s.MachineSucc[v];
        var jpv = data.JobPred[v];
        var jpu = data.JobPred[u];
        var jsu = data.JobSucc[u];
        var jsv = data.JobSucc[v];
        var rv = Math.Max(data.Release[v], Math.Max(jpv >= 0 ? s.End(jpv) : 0, a >= 0 ? s.End(a) : 0));
        var ru = Math.Max(data.Release[u], Math.Max(jpu >= 0 ? s.End(jpu) : 0, rv + s.Time[v]));
        var qu = Math.Max(jsu >= 0 ? s.Time[jsu] + s.Tail[jsu] : 0, b >= 0 ? s.Time[b] + s.Tail[b] : 0);
        var qv = Math.Max(jsv >= 0 ? s.Time[jsv] + s.Tail[jsv] : 0, s.Time[u] + qu);
        var estimate = Math.Max(rv + s.Time[v] + qv, ru + s.Time[u] + qu);
        _moves.Add(new Move(true, u, v, s.Machine[u], s.Position[u], estimate));
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
            var jp = data.JobPred[v];
            var js = data.JobSucc[v];
            var headBound = Math.Max(data.Release[v], jp >= 0 ? s.End(jp) : 0);
            var tailBound = js >= 0 ? s.Time[js] + s.Tail[js] : 0;
            // Inserting v after x creates a cycle only through a path js -> x, which would make
            // Start[x] >= End(js); before y only through y -> jp, which would make Tail[y] >= Time[jp] + Tail[jp].
            var xLimit = js >= 0 ? s.End(js) : long.MaxValue;
            var yLimit = jp >= 0 ? s.Time[jp] + s.Tail[jp] : long.MaxValue;
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
                    _moves.Add(new Move(false, v, -1, k, bestPosition, Math.Max(bestEstimate, bypass)));
                }
            }
        }
    }
}
