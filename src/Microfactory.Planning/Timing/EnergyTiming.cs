using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Replanning;

namespace Microfactory.Planning.Timing;

/// <summary>
/// Energy-aware timing: after solving, moves operations into cheaper or cleaner hours without
/// changing any machine or any machine's order. The order of priorities is lexicographic:
/// no job's lateness grows, then the energy metric falls, then the makespan stays as small
/// as it can.
/// </summary>
public static class EnergyTiming
{
    /// <summary>
    /// Retimes the not-yet-started, unpinned operations of <see cref="ReplanRequest.Current"/>.
    /// Started work (start before <see cref="ReplanRequest.NowTick"/>), pinned work and its job
    /// predecessors stay exactly where they are, as in <see cref="Replanner"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every operation keeps its machine and its place in the machine's sequence, so capacity
    /// holds by construction; it may move between the end of its job predecessors and machine
    /// predecessor (and no earlier than its release and now) and the start of its successors,
    /// must not overlap its machine's unavailability, and must end by its job's due date (or,
    /// for a job already late, by its current completion) and by the horizon. Within that
    /// window the operation's energy cost is piecewise linear in its start with breaks at hour
    /// boundaries, so the best start is found exactly among those breaks and the window's ends.
    /// </para>
    /// <para>
    /// One round is two passes: latest operations first, each to its best start and, on equal
    /// cost, the latest one (making room for the operations before it); then earliest first,
    /// each to its best start and, on equal cost, the earliest one (giving back what bought
    /// nothing). Rounds repeat while the total improves, up to <see cref="EnergyTimingOptions.MaxRounds"/>.
    /// Every move is feasible and never raises the total, so the result is never worse than the
    /// input; it is a local optimum (moving a tight run of operations together is not tried
    /// as one move), deterministic, and checked again in reported units before it is returned.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The current schedule is incomplete or infeasible for the instance.</exception>
    public static EnergyTimingResult Improve(ReplanRequest request, EnergyTimingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= new EnergyTimingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRounds, 1, nameof(options));
        var instance = request.Instance;
        var current = request.Current;
        var problems = FeasibilityChecker.Check(instance, current);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"current: the schedule must be feasible ({problems[0]})", nameof(request));
        }
        var before = ObjectiveEvaluator.Evaluate(instance, current, current);
        var rate = HourlyRate.For(instance.Energy, options.Metric);
        if (rate is null)
        {
            return new EnergyTimingResult(current, before, before, 0);
        }
        var timeline = new Timeline(instance, current, Reduction.FrozenOperations(request), request.NowTick, options.HorizonTick ?? current.MakespanTicks, rate);
        if (!timeline.Improve(options.MaxRounds))
        {
            return new EnergyTimingResult(current, before, before, 0);
        }
        var schedule = timeline.ToSchedule();
        var after = ObjectiveEvaluator.Evaluate(instance, schedule, current);
        var metric = options.Metric == EnergyMetric.Cost ? ObjectiveTerm.EnergyCost : ObjectiveTerm.KgCo2e;
        if (after.Value(metric) >= before.Value(metric) || after.WeightedTardiness > before.WeightedTardiness)
        {
            return new EnergyTimingResult(current, before, before, 0);
        }
        return new EnergyTimingResult(schedule, before, after, schedule.Assignments.Zip(current.Assignments).Count(p => p.First.StartTick != p.Second.StartTick));
    }
}
