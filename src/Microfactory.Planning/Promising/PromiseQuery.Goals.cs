using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Timing;

namespace Microfactory.Planning.Promising;

/// <summary>Promises with a goal and a deadline: fastest, cheapest or greenest.</summary>
public static partial class PromiseQuery
{
    /// <summary>How far past the job's ready time a cost or CO2 goal looks by default: 92 days of hours.</summary>
    public const int DefaultMaxHorizonHours = 24 * 92;

    /// <summary>The three options (<see cref="PromiseGoal"/> order) of a quote against a committed plan; see <see cref="Quote(IdleCapacity, Job, long, long, PromiseGoal, int)"/>.</summary>
    public static IReadOnlyList<PromiseQuote> Quotes(Instance instance, Schedule committed, Job job, long nowTick, long deadlineTick) =>
        Quotes(IdleCapacity.Of(instance, committed), job, nowTick, deadlineTick);

    /// <summary>
    /// The fastest, cheapest and greenest options (in <see cref="PromiseGoal"/> order), each
    /// completing by <paramref name="deadlineTick"/>. Each option is at least as good on its own
    /// metric as every other option returned, so they differ only for a real reason.
    /// </summary>
    public static IReadOnlyList<PromiseQuote> Quotes(IdleCapacity capacity, Job job, long nowTick, long deadlineTick, int maxHorizonHours = DefaultMaxHorizonHours)
    {
        var query = Prepare(capacity, job, nowTick, maxHorizonHours);
        PromiseGoal[] goals = [PromiseGoal.EarliestCompletion, PromiseGoal.LeastCost, PromiseGoal.LeastKgCo2e];
        var plans = goals.Select(g => query.Plan(g, deadlineTick)).ToArray();
        var quotes = new PromiseQuote[goals.Length];
        for (var i = 0; i < goals.Length; i++)
        {
            var best = plans[i];
            foreach (var other in plans)
            {
                // Equal up to rounding when the goal's own plan is exact; a real gain for the heuristic cases.
                if (best is not null && other is not null && Better(goals[i], other, best))
                {
                    best = other with { IsProvenOptimal = plans[i]!.IsProvenOptimal };
                }
            }
            quotes[i] = query.Answer(goals[i], deadlineTick, best);
        }
        return quotes;
    }

    /// <summary>The option for one goal against a committed plan; see <see cref="Quote(IdleCapacity, Job, long, long, PromiseGoal, int)"/>.</summary>
    public static PromiseQuote Quote(Instance instance, Schedule committed, Job job, long nowTick, long deadlineTick, PromiseGoal goal) =>
        Quote(IdleCapacity.Of(instance, committed), job, nowTick, deadlineTick, goal);

    /// <summary>
    /// Places <paramref name="job"/> into the idle time of the committed plan, moving nothing
    /// and reserving nothing, so that it starts no earlier than <paramref name="nowTick"/> and
    /// its release, completes by <paramref name="deadlineTick"/>, and is best for
    /// <paramref name="goal"/>. When no placement completes by the deadline the quote says so
    /// and gives the earliest possible completion.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each operation takes one of its machines and a start within an idle gap; it draws its
    /// machine's power for its setup and processing, and its cost and CO2 are that energy
    /// priced by the hourly profile. For a chain the result is optimal over every machine
    /// choice and every integer start (see <see cref="CheapestChain"/>: dynamic programming
    /// over the piecewise-linear cost-to-finish functions, whose pieces break only at hour
    /// boundaries, gap ends and where earlier pieces break). The search horizon needs no
    /// guessing: once every eligible machine is idle for good, a placement later than one
    /// profile cycle per operation can be shifted a whole cycle earlier at the same cost, so
    /// the horizon ends there (or at the deadline, or <paramref name="maxHorizonHours"/> past
    /// the ready time, whichever is first; the plan says when the cap cut it short).
    /// </para>
    /// <para>
    /// Assembly graphs (operations with several or no predecessors) are placed one after
    /// another in index order by the same method and compared with the earliest-completion
    /// placement, which runs branches in parallel; the better one within the deadline wins
    /// (a heuristic, marked as not proven optimal). Without an energy profile every goal
    /// gives the earliest completion.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The job breaks a model rule (the message names the field), or <paramref name="maxHorizonHours"/> is below 1.</exception>
    public static PromiseQuote Quote(IdleCapacity capacity, Job job, long nowTick, long deadlineTick, PromiseGoal goal, int maxHorizonHours = DefaultMaxHorizonHours)
    {
        var query = Prepare(capacity, job, nowTick, maxHorizonHours);
        return query.Answer(goal, deadlineTick, query.Plan(goal, deadlineTick));
    }

    private static GoalQuery Prepare(IdleCapacity capacity, Job job, long nowTick, int maxHorizonHours)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHorizonHours, 1);
        var check = Instance.Create("promise", [job], capacity.Instance.Machines);
        if (!check.IsSuccess)
        {
            throw new ArgumentException(check.Error.Replace("jobs[0]", "job", StringComparison.Ordinal), nameof(job));
        }
        return new GoalQuery(capacity, job, Math.Max(0, Math.Max(nowTick, job.ReleaseTick)), maxHorizonHours);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> beats <paramref name="incumbent"/> for <paramref name="goal"/>:
    /// strictly better on the goal's metric, or equal on it and completing earlier. Energy
    /// figures within 1e-9 (relative) count as equal, so rounding never buys a later completion.
    /// </summary>
    private static bool Better(PromiseGoal goal, PromisePlan candidate, PromisePlan incumbent)
    {
        if (goal == PromiseGoal.EarliestCompletion && candidate.CompletionTick != incumbent.CompletionTick)
        {
            return candidate.CompletionTick < incumbent.CompletionTick;
        }
        var (a, b) = goal == PromiseGoal.LeastKgCo2e
            ? (candidate.KgCo2e, incumbent.KgCo2e)
            : ((double)candidate.Cost, (double)incumbent.Cost);
        if (Math.Abs(a - b) > 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))))
        {
            return a < b;
        }
        return goal != PromiseGoal.EarliestCompletion && candidate.CompletionTick < incumbent.CompletionTick;
    }

    /// <summary>One job against one capacity: the earliest placement is computed once and shared by the goals.</summary>
    private sealed class GoalQuery
    {
        private readonly IdleCapacity _capacity;
        private readonly Job _job;
        private readonly long _ready;
        private readonly int _maxHorizonHours;
        private readonly bool _isChain;
        private readonly PromisePlan _earliest;

        public GoalQuery(IdleCapacity capacity, Job job, long ready, int maxHorizonHours)
        {
            _capacity = capacity;
            _job = job;
            _ready = ready;
            _maxHorizonHours = maxHorizonHours;
            var operations = job.Operations;
            _isChain = Enumerable.Range(1, operations.Count - 1).All(o => operations[o].PredecessorsAt(o).Contains(o - 1));
            var (starts, options) = EarliestPlacement();
            // For a chain the greedy earliest placement is optimal for completion (see EarliestCompletion).
            _earliest = Describe(starts, options, _isChain && capacity.Instance.Energy is null);
        }

        public PromiseQuote Answer(PromiseGoal goal, long deadlineTick, PromisePlan? plan) => plan is null
            ? PromiseQuote.NotAvailable(goal, deadlineTick, _earliest.CompletionTick,
                $"deadlineTick: no placement completes by {deadlineTick}; the earliest completion is {_earliest.CompletionTick}")
            : PromiseQuote.Available(goal, deadlineTick, _earliest.CompletionTick, plan);

        /// <summary>The best plan for the goal by the deadline, or null when none completes by then.</summary>
        public PromisePlan? Plan(PromiseGoal goal, long deadlineTick)
        {
            if (_earliest.CompletionTick > deadlineTick)
            {
                return null;
            }
            var energy = _capacity.Instance.Energy;
            if (energy is null || (goal == PromiseGoal.EarliestCompletion && !_isChain))
            {
                return _earliest;
            }
            var rate = HourlyRate.For(energy, goal == PromiseGoal.LeastKgCo2e ? EnergyMetric.KgCo2e : EnergyMetric.Cost)!;
            long latestEnd;
            var capped = false;
            if (goal == PromiseGoal.EarliestCompletion)
            {
                latestEnd = _earliest.CompletionTick;
            }
            else
            {
                var unlimited = Math.Min(deadlineTick, PeriodicBound(rate));
                latestEnd = Math.Min(unlimited, Math.Max(_earliest.CompletionTick, Add(_ready, Multiply(_maxHorizonHours, rate.TicksPerHour))));
                capped = latestEnd < unlimited;
            }
            var solved = CheapestChain.Solve(_capacity, _job.Operations, rate, _ready, latestEnd, withTimeCost: goal != PromiseGoal.LeastKgCo2e);
            var plan = solved is { } s ? Describe(s.Starts, s.Options, _isChain && !capped) : null;
            if (plan is null || Better(goal, _earliest, plan))
            {
                // Only for assembly graphs (or rounding): the earliest placement is always a candidate.
                return _earliest with { IsProvenOptimal = _isChain && !capped };
            }
            return plan;
        }

        /// <summary>
        /// A completion beyond which a cheaper placement never exists: after X, the last busy
        /// tick of any eligible machine (or the ready time), every start later than one cycle
        /// after both X and the previous operation's end can move a whole cycle earlier at the
        /// same cost, so the chain ends within X + n cycles + its longest durations.
        /// </summary>
        private long PeriodicBound(HourlyRate rate)
        {
            var x = _ready;
            long longest = 0;
            foreach (var operation in _job.Operations)
            {
                foreach (var option in operation.Options)
                {
                    x = Math.Max(x, _capacity.LastBusyEnd(option.Machine));
                }
                longest = Add(longest, operation.Options.Max(o => o.OccupiedTicks));
            }
            return Add(Add(x, Multiply(_job.Operations.Count, rate.CycleTicks)), longest);
        }

        /// <summary>Each operation in index order where it finishes earliest, around committed work and the job's own earlier operations.</summary>
        private (long[] Starts, int[] Options) EarliestPlacement()
        {
            var operations = _job.Operations;
            var starts = new long[operations.Count];
            var ends = new long[operations.Count];
            var chosen = new int[operations.Count];
            for (var o = 0; o < operations.Count; o++)
            {
                var ready = _ready;
                foreach (var p in operations[o].PredecessorsAt(o))
                {
                    ready = Math.Max(ready, ends[p]);
                }
                var bestEnd = long.MaxValue;
                for (var a = 0; a < operations[o].Options.Count; a++)
                {
                    var option = operations[o].Options[a];
                    var start = FitAroundOwn(option, ready, o, starts, ends, chosen);
                    if (start + option.OccupiedTicks < bestEnd)
                    {
                        bestEnd = start + option.OccupiedTicks;
                        starts[o] = start;
                        chosen[o] = a;
                    }
                }
                ends[o] = bestEnd;
            }
            return (starts, chosen);
        }

        private long FitAroundOwn(MachineOption option, long ready, int count, long[] starts, long[] ends, int[] chosen)
        {
            var t = ready;
            while (true)
            {
                var start = _capacity.EarliestFit(option.Machine, t, option.OccupiedTicks);
                var clash = -1L;
                for (var o = 0; o < count && option.OccupiedTicks > 0; o++)
                {
                    if (_job.Operations[o].Options[chosen[o]].Machine == option.Machine && ends[o] > starts[o] && starts[o] < start + option.OccupiedTicks && start < ends[o])
                    {
                        clash = Math.Max(clash, ends[o]);
                    }
                }
                if (clash < 0)
                {
                    return start;
                }
                t = clash;
            }
        }

        private PromisePlan Describe(long[] starts, int[] options, bool provenOptimal)
        {
            var instance = _capacity.Instance;
            var job = instance.Jobs.Count;
            var operations = new PromisedOperation[starts.Length];
            double kwh = 0;
            decimal cost = 0;
            decimal timeCost = 0;
            double co2 = 0;
            long completion = _ready;
            for (var o = 0; o < starts.Length; o++)
            {
                var option = _job.Operations[o].Options[options[o]];
                var end = starts[o] + option.OccupiedTicks;
                var (e, c, g) = EnergyIntegral.Of(instance.Energy, instance.Machines[option.Machine].PowerKw, starts[o], end);
                var machine = instance.Machines[option.Machine];
                var t = instance.Energy is null ? 0 : machine.CostPerHour * option.OccupiedTicks / instance.Energy.TicksPerHour;
                operations[o] = new PromisedOperation(new Assignment(job, o, option.Machine, starts[o], end), e, c, g, t);
                kwh += e;
                cost += c;
                timeCost += t;
                co2 += g;
                completion = Math.Max(completion, end);
            }
            return new PromisePlan(completion, operations, kwh, cost, co2, provenOptimal, timeCost);
        }

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
    }
}
