using Microfactory.Planning.Model;

namespace Microfactory.Planning.Solving;

/// <summary>
/// A solution as the disjunctive graph sees it: a machine per operation and a sequence per
/// machine. <see cref="Evaluate"/> derives semi-active start times (heads) and tails.
/// All arrays are allocated once; moves and evaluation allocate nothing.
/// </summary>
internal sealed class SolutionState
{
    private readonly int[] _indegree;
    private readonly int[] _queue;

    public SolutionState(ProblemData data)
    {
        Data = data;
        var n = data.OperationCount;
        Machine = new int[n];
        Time = new long[n];
        Position = new int[n];
        MachinePred = new int[n];
        MachineSucc = new int[n];
        Start = new long[n];
        Tail = new long[n];
        Order = new int[n];
        _indegree = new int[n];
        _queue = new int[n];
        Sequence = new int[data.MachineCount][];
        SequenceLength = new int[data.MachineCount];
        for (var k = 0; k < data.MachineCount; k++)
        {
            Sequence[k] = new int[n];
        }
    }

    public ProblemData Data { get; }

    public int[] Machine { get; }

    /// <summary>Occupied ticks of each operation on its current machine.</summary>
    public long[] Time { get; }

    public int[][] Sequence { get; }

    public int[] SequenceLength { get; }

    public int[] Position { get; }

    public int[] MachinePred { get; }

    public int[] MachineSucc { get; }

    /// <summary>Semi-active start of each operation (its head).</summary>
    public long[] Start { get; }

    /// <summary>Longest path from the end of each operation to the end of the schedule, ignoring windows.</summary>
    public long[] Tail { get; }

    /// <summary>A topological order of the operations from the last <see cref="Evaluate"/>.</summary>
    public int[] Order { get; }

    public long Makespan { get; private set; }

    public long End(int op) => Start[op] + Time[op];

    /// <summary>The operation of <paramref name="job"/> that ends last (the latest index among ties): the job's completion.</summary>
    public int CompletionOperation(int job)
    {
        var best = Data.JobFirst[job];
        for (var op = best + 1; op < Data.JobFirst[job + 1]; op++)
        {
            if (End(op) >= End(best))
            {
                best = op;
            }
        }
        return best;
    }

    public void CopyFrom(SolutionState other)
    {
        Array.Copy(other.Machine, Machine, Machine.Length);
        Array.Copy(other.Time, Time, Time.Length);
        Array.Copy(other.Position, Position, Position.Length);
        Array.Copy(other.MachinePred, MachinePred, MachinePred.Length);
        Array.Copy(other.MachineSucc, MachineSucc, MachineSucc.Length);
        Array.Copy(other.Start, Start, Start.Length);
        Array.Copy(other.Tail, Tail, Tail.Length);
        Array.Copy(other.Order, Order, Order.Length);
        Array.Copy(other.SequenceLength, SequenceLength, SequenceLength.Length);
        for (var k = 0; k < Sequence.Length; k++)
        {
            Array.Copy(other.Sequence[k], Sequence[k], other.SequenceLength[k]);
        }
        Makespan = other.Makespan;
    }

    /// <summary>Appends <paramref name="op"/> at the end of <paramref name="machine"/>'s sequence (used by constructors).</summary>
    public void Append(int op, int machine)
    {
        Machine[op] = machine;
        Time[op] = Data.TimeOn(op, machine);
        var len = SequenceLength[machine]++;
        Sequence[machine][len] = op;
        Position[op] = len;
    }

    public void Clear()
    {
        Array.Clear(SequenceLength);
    }

    /// <summary>Removes <paramref name="op"/> from its machine's sequence.</summary>
    public void Remove(int op)
    {
        var k = Machine[op];
        var seq = Sequence[k];
        var len = SequenceLength[k];
        for (var p = Position[op]; p < len - 1; p++)
        {
            seq[p] = seq[p + 1];
            Position[seq[p]] = p;
        }
        SequenceLength[k] = len - 1;
    }

    /// <summary>Inserts <paramref name="op"/> (not in any sequence) on <paramref name="machine"/> at <paramref name="position"/>.</summary>
    public void Insert(int op, int machine, int position)
    {
        var seq = Sequence[machine];
        var len = SequenceLength[machine];
        for (var p = len; p > position; p--)
        {
            seq[p] = seq[p - 1];
            Position[seq[p]] = p;
        }
        seq[position] = op;
        Position[op] = position;
        SequenceLength[machine] = len + 1;
        Machine[op] = machine;
        Time[op] = Data.TimeOn(op, machine);
    }

    /// <summary>Swaps two operations adjacent on the same machine (<paramref name="first"/> directly before <paramref name="second"/>).</summary>
    public void SwapAdjacent(int first, int second)
    {
        var k = Machine[first];
        var p = Position[first];
        Sequence[k][p] = second;
        Sequence[k][p + 1] = first;
        Position[second] = p;
        Position[first] = p + 1;
    }

    /// <summary>
    /// Recomputes machine links, a topological order, semi-active starts (pushed past
    /// unavailability windows) and tails. Returns false when the sequences contain a cycle.
    /// </summary>
    public bool Evaluate()
    {
        var data = Data;
        var n = data.OperationCount;
        var predStart = data.PredStart;
        var succStart = data.SuccStart;
        var succs = data.Succs;
        for (var k = 0; k < Sequence.Length; k++)
        {
            var seq = Sequence[k];
            var len = SequenceLength[k];
            var prev = -1;
            for (var p = 0; p < len; p++)
            {
                var op = seq[p];
                MachinePred[op] = prev;
                if (prev >= 0)
                {
                    MachineSucc[prev] = op;
                }
                prev = op;
            }
            if (prev >= 0)
            {
                MachineSucc[prev] = -1;
            }
        }
        var head = 0;
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            var d = predStart[i + 1] - predStart[i] + (MachinePred[i] >= 0 ? 1 : 0);
            _indegree[i] = d;
            if (d == 0)
            {
                _queue[tail++] = i;
            }
        }
        var release = data.Release;
        var windows = data.HasWindows;
        long makespan = 0;
        while (head < tail)
        {
            var op = _queue[head];
            Order[head++] = op;
            var s = Math.Max(release[op], data.PredecessorsEnd(op, Start, Time));
            var mp = MachinePred[op];
            if (mp >= 0)
            {
                s = Math.Max(s, Start[mp] + Time[mp]);
            }
            if (windows)
            {
                s = data.Fit(Machine[op], s, Time[op]);
            }
            Start[op] = s;
            makespan = Math.Max(makespan, s + Time[op]);
            for (var k = succStart[op]; k < succStart[op + 1]; k++)
            {
                var js = succs[k];
                if (--_indegree[js] == 0)
                {
                    _queue[tail++] = js;
                }
            }
            var ms = MachineSucc[op];
            if (ms >= 0 && --_indegree[ms] == 0)
            {
                _queue[tail++] = ms;
            }
        }
        if (tail < n)
        {
            return false;
        }
        Makespan = makespan;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var op = Order[idx];
            var q = data.SuccessorsTail(op, Time, Tail);
            var ms = MachineSucc[op];
            if (ms >= 0)
            {
                q = Math.Max(q, Time[ms] + Tail[ms]);
            }
            Tail[op] = q;
        }
        return true;
    }

    /// <summary>The schedule this state describes (call after a successful <see cref="Evaluate"/>).</summary>
    public Schedule ToSchedule()
    {
        var data = Data;
        var assignments = new Assignment[data.OperationCount];
        for (var i = 0; i < assignments.Length; i++)
        {
            assignments[i] = new Assignment(data.OpJob[i], data.OpIndex[i], Machine[i], Start[i], Start[i] + Time[i]);
        }
        return new Schedule(assignments);
    }
}
