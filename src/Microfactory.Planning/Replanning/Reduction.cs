using Microfactory.Planning.Model;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Replanning;

/// <summary>
/// The replanning problem without its frozen part: frozen operations turn into machine
/// unavailability and job releases, so any schedule of the reduced instance, expanded back,
/// leaves them exactly where they were.
/// </summary>
internal sealed class Reduction
{
    private readonly ReplanRequest _request;
    private readonly bool[][] _frozen;
    private readonly int[] _originalJob;
    private readonly int[][] _keptOperations;

    private Reduction(ReplanRequest request, bool[][] frozen, int[] originalJob, int[][] keptOperations, ProblemData data, Schedule reference, int frozenCount)
    {
        _request = request;
        _frozen = frozen;
        _originalJob = originalJob;
        _keptOperations = keptOperations;
        Data = data;
        Reference = reference;
        FrozenCount = frozenCount;
    }

    public ProblemData Data { get; }

    /// <summary>The previous plan of the operations still to schedule, in reduced indices.</summary>
    public Schedule Reference { get; }

    public int FrozenCount { get; }

    public static Reduction Create(ReplanRequest request)
    {
        var instance = request.Instance;
        var current = request.Current;
        var frozen = FrozenOperations(request);
        var windows = instance.Machines.Select(m => new List<TimeWindow>(m.Unavailable)).ToArray();
        var jobs = new List<Job>();
        var originalJob = new List<int>();
        var keptOperations = new List<int[]>();
        var frozenCount = 0;
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var job = instance.Jobs[j];
            // The rest of the job waits for all its frozen work: exact for chains, cautious for assembly graphs.
            var release = Math.Max(job.ReleaseTick, request.NowTick);
            for (var o = 0; o < job.Operations.Count; o++)
            {
                if (!frozen[j][o])
                {
                    continue;
                }
                var a = current.Find(j, o)!;
                frozenCount++;
                release = Math.Max(release, a.EndTick);
                if (a.EndTick > a.StartTick)
                {
                    windows[a.Machine].Add(new TimeWindow(a.StartTick, a.EndTick));
                }
            }
            var kept = Enumerable.Range(0, job.Operations.Count).Where(o => !frozen[j][o]).ToArray();
            if (kept.Length == 0)
            {
                continue;
            }
            var reducedIndex = new Dictionary<int, int>();
            var operations = new List<Operation>(kept.Length);
            foreach (var o in kept)
            {
                var predecessors = job.Operations[o].PredecessorsAt(o).Where(p => !frozen[j][p]).Select(p => reducedIndex[p]).ToArray();
                reducedIndex[o] = operations.Count;
                operations.Add(job.Operations[o] with { Predecessors = predecessors });
            }
            jobs.Add(job with { Operations = operations, ReleaseTick = release });
            originalJob.Add(j);
            keptOperations.Add(kept);
        }
        var machines = instance.Machines.Select((m, k) => m with { Unavailable = windows[k] }).ToArray();
        var reduced = Instance.Create(instance.Name, jobs, machines, instance.Energy);
        if (!reduced.IsSuccess)
        {
            throw new ArgumentException($"replanning produced an invalid instance: {reduced.Error}", nameof(request));
        }
        var reference = new List<Assignment>();
        for (var r = 0; r < jobs.Count; r++)
        {
            for (var o = 0; o < keptOperations[r].Length; o++)
            {
                if (current.Find(originalJob[r], keptOperations[r][o]) is { } a)
                {
                    reference.Add(a with { Job = r, Operation = o });
                }
            }
        }
        return new Reduction(request, frozen, [.. originalJob], [.. keptOperations], new ProblemData(reduced.Instance), new Schedule(reference), frozenCount);
    }

    /// <summary>Started or pinned operations and, transitively, their job predecessors.</summary>
    internal static bool[][] FrozenOperations(ReplanRequest request)
    {
        var instance = request.Instance;
        var frozen = new bool[instance.Jobs.Count][];
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var operations = instance.Jobs[j].Operations;
            frozen[j] = new bool[operations.Count];
            for (var o = 0; o < operations.Count; o++)
            {
                frozen[j][o] = (request.Current.Find(j, o) is { } a && a.StartTick < request.NowTick) || request.Pinned.Contains((j, o));
            }
            // Predecessors have smaller indices, so one backward pass closes the set.
            for (var o = operations.Count - 1; o >= 0; o--)
            {
                if (!frozen[j][o])
                {
                    continue;
                }
                if (request.Current.Find(j, o) is null)
                {
                    throw new ArgumentException($"job {j} operation {o} is started or pinned (or precedes such an operation) but has no assignment in the current schedule", nameof(request));
                }
                foreach (var p in operations[o].PredecessorsAt(o))
                {
                    frozen[j][p] = true;
                }
            }
        }
        return frozen;
    }

    /// <summary>
    /// The previous plan's machines and order for operations that had one, new operations
    /// appended to their least-loaded eligible machine; dispatching if that order is cyclic.
    /// </summary>
    public SolutionState InitialState()
    {
        var data = Data;
        var state = new SolutionState(data);
        var planned = new List<(long Start, int Op, int Machine)>();
        var unplanned = new List<int>();
        for (var op = 0; op < data.OperationCount; op++)
        {
            var a = Reference.Find(data.OpJob[op], data.OpIndex[op]);
            if (a is not null && data.TimeOn(op, a.Machine) >= 0)
            {
                planned.Add((a.StartTick, op, a.Machine));
            }
            else
            {
                unplanned.Add(op);
            }
        }
        planned.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Op.CompareTo(y.Op));
        var load = new long[data.MachineCount];
        foreach (var (_, op, machine) in planned)
        {
            state.Append(op, machine);
            load[machine] += state.Time[op];
        }
        foreach (var op in unplanned)
        {
            var best = -1;
            for (var a = data.OptionStart[op]; a < data.OptionStart[op + 1]; a++)
            {
                var k = data.OptionMachine[a];
                if (best < 0 || load[k] + data.OptionTime[a] < load[best] + data.TimeOn(op, best))
                {
                    best = k;
                }
            }
            state.Append(op, best);
            load[best] += state.Time[op];
        }
        if (!state.Evaluate())
        {
            Dispatcher.Build(state, DispatchRule.MostWorkRemaining, new Random(0));
            state.Evaluate();
        }
        return state;
    }

    /// <summary>The full schedule: frozen assignments from the current plan plus the reduced schedule in original indices.</summary>
    public Schedule Expand(Schedule reduced)
    {
        var assignments = new List<Assignment>();
        for (var j = 0; j < _frozen.Length; j++)
        {
            for (var o = 0; o < _frozen[j].Length; o++)
            {
                if (_frozen[j][o])
                {
                    assignments.Add(_request.Current.Find(j, o)!);
                }
            }
        }
        foreach (var a in reduced.Assignments)
        {
            assignments.Add(a with { Job = _originalJob[a.Job], Operation = _keptOperations[a.Job][a.Operation] });
        }
        return new Schedule(assignments);
    }
}
