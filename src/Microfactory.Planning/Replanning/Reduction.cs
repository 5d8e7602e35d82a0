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
    private readonly int[] _frozenPrefix;
    private readonly int[] _originalJob;

    private Reduction(ReplanRequest request, int[] frozenPrefix, int[] originalJob, ProblemData data, Schedule reference, int frozenCount)
    {
        _request = request;
        _frozenPrefix = frozenPrefix;
        _originalJob = originalJob;
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
        var frozenPrefix = new int[instance.Jobs.Count];
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            for (var o = 0; o < instance.Jobs[j].Operations.Count; o++)
            {
                var started = current.Find(j, o) is { } a && a.StartTick < request.NowTick;
                if (started || request.Pinned.Contains((j, o)))
                {
                    frozenPrefix[j] = o + 1;
                }
            }
            for (var o = 0; o < frozenPrefix[j]; o++)
            {
                if (current.Find(j, o) is null)
                {
                    throw new ArgumentException($"job {j} operation {o} is started or pinned (or precedes such an operation) but has no assignment in the current schedule", nameof(request));
                }
            }
        }
        var windows = instance.Machines.Select(m => new List<TimeWindow>(m.Unavailable)).ToArray();
        var jobs = new List<Job>();
        var originalJob = new List<int>();
        var frozenCount = 0;
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var job = instance.Jobs[j];
            var release = Math.Max(job.ReleaseTick, request.NowTick);
            for (var o = 0; o < frozenPrefix[j]; o++)
            {
                var a = current.Find(j, o)!;
                frozenCount++;
                release = Math.Max(release, a.EndTick);
                if (a.EndTick > a.StartTick)
                {
                    windows[a.Machine].Add(new TimeWindow(a.StartTick, a.EndTick));
                }
            }
            if (frozenPrefix[j] < job.Operations.Count)
            {
                jobs.Add(job with { Operations = [.. job.Operations.Skip(frozenPrefix[j])], ReleaseTick = release });
                originalJob.Add(j);
            }
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
            var j = originalJob[r];
            for (var o = frozenPrefix[j]; o < instance.Jobs[j].Operations.Count; o++)
            {
                if (current.Find(j, o) is { } a)
                {
                    reference.Add(a with { Job = r, Operation = o - frozenPrefix[j] });
                }
            }
        }
        return new Reduction(request, frozenPrefix, [.. originalJob], new ProblemData(reduced.Instance), new Schedule(reference), frozenCount);
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
        for (var j = 0; j < _frozenPrefix.Length; j++)
        {
            for (var o = 0; o < _frozenPrefix[j]; o++)
            {
                assignments.Add(_request.Current.Find(j, o)!);
            }
        }
        foreach (var a in reduced.Assignments)
        {
            var j = _originalJob[a.Job];
            assignments.Add(a with { Job = j, Operation = a.Operation + _frozenPrefix[j] });
        }
        return new Schedule(assignments);
    }
}
