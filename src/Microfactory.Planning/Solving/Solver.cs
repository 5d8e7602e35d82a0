using Microfactory.Planning.Bounding;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>
/// Solver for the flexible job shop: dispatching-rule starts, then tabu search on the
/// critical path with block moves and machine reassignment, one independent search per thread.
/// </summary>
public static class Solver
{
    private static readonly DispatchRule[] DeterministicRules =
    [
        DispatchRule.MostWorkRemaining,
        DispatchRule.MostOperationsRemaining,
        DispatchRule.ShortestProcessingTime,
        DispatchRule.EarliestFinish,
        DispatchRule.EarliestDueDate,
    ];

    /// <summary>
    /// Solves <paramref name="instance"/> within the options' limits. Anytime: on timeout or
    /// cancellation the best schedule so far is returned (at least the constructive one).
    /// </summary>
    public static SolverResult Solve(Instance instance, SolverOptions options, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        return Run(new ProblemData(instance), null, options, progress, cancellationToken);
    }

    /// <summary>
    /// The search itself. <paramref name="initial"/>, when given, is the evaluated start of every
    /// thread (replanning starts from the repaired plan); otherwise dispatching rules build it.
    /// </summary>
    internal static SolverResult Run(ProblemData data, SolutionState? initial, SolverOptions options, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var objective = options.Objective;
        // Reaching the bound proves the makespan optimal; with other terms in the objective it
        // proves nothing, so only the makespan search stops there or strengthens the bound.
        var stopAtBound = objective.IsMakespanOnly;
        var bound = LowerBounds.Direct(data);
        var latch = new BoundLatch(bound.Ticks, reproducible: options.MaxIterations != long.MaxValue);
        var strengthened = 0;
        var runs = new ThreadRun[options.Threads];
        var gate = new object();
        ObjectiveBreakdown? globalBest = null;
        var globalBestThread = 0;
        void Report(int thread, ObjectiveBreakdown score)
        {
            lock (gate)
            {
                if (globalBest is null || objective.Compare(score, globalBest) < 0)
                {
                    globalBest = score;
                    globalBestThread = thread;
                    var optimal = stopAtBound && score.MakespanTicks <= latch.LowerBound;
                    progress?.Report(new SolverProgress(Headline(objective, score), score.MakespanTicks, clock.GetElapsedTime(started), thread, optimal));
                }
            }
        }
        bool ShouldStop() => cancellationToken.IsCancellationRequested || clock.GetElapsedTime(started) >= options.TimeLimit;

        // Propagation costs up to about a second, so it runs only once the first search stalls
        // (instances that reach their closed-form bound mostly do so before), and gives up when
        // time is up.
        void Strengthen()
        {
            if (Interlocked.Exchange(ref strengthened, 1) == 1)
            {
                return;
            }
            var stronger = LowerBounds.Propagated(data, bound, ShouldStop);
            lock (gate)
            {
                bound = stronger;
                latch.Raise(stronger.Ticks);
                if (globalBest is not null && globalBest.MakespanTicks <= stronger.Ticks)
                {
                    progress?.Report(new SolverProgress(Headline(objective, globalBest), globalBest.MakespanTicks, clock.GetElapsedTime(started), globalBestThread, true));
                }
            }
        }

        void RunThread(int t)
        {
            var random = new Random(unchecked((options.Seed * 7919) + (t * 104729) + 17));
            var scorer = new StateScorer(data, objective, options.StabilityReference);
            var run = new ThreadRun();
            runs[t] = run;
            SolutionState start;
            if (initial is null)
            {
                start = Construct(data, random, t, scorer);
            }
            else
            {
                start = new SolutionState(data);
                start.CopyFrom(initial);
            }
            run.Record(start, scorer.Score(start), clock.GetElapsedTime(started));
            Report(t, run.Score!);
            if (data.OperationCount == 0)
            {
                // Nothing to sequence (for example, replanning when all work is frozen).
                return;
            }
            if (stopAtBound)
            {
                var search = new TabuSearch(data, random, TabuSettings.For(data));
                search.Run(start, options.MaxIterations, latch, ShouldStop, t == 0 ? Strengthen : null, () =>
                {
                    run.Record(search.Best, scorer.Score(search.Best), clock.GetElapsedTime(started));
                    Report(t, run.Score!);
                });
                run.Iterations = search.Iterations;
                run.BestIteration = search.BestIteration;
            }
            else
            {
                var search = new ObjectiveSearch(data, random, scorer, TabuSettings.For(data));
                search.Run(start, options.MaxIterations, ShouldStop, score =>
                {
                    run.Record(search.Best, score, clock.GetElapsedTime(started));
                    Report(t, score);
                });
                run.Iterations = search.Iterations;
            }
        }

        if (options.Threads == 1)
        {
            RunThread(0);
        }
        else
        {
            var threads = Enumerable.Range(0, options.Threads)
                .Select(t => new Thread(() => RunThread(t)) { IsBackground = true, Name = $"planning-search-{t}" })
                .ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
        // The bound is the same however the threads were timed: it was strengthened only if the
        // first search stalled, and when another search had met the closed-form bound before
        // that, propagation could not have raised it (no bound exceeds a feasible makespan).
        var provenBound = stopAtBound ? latch.LowerBound : long.MinValue;
        foreach (var run in runs)
        {
            run.ReachedBoundAt = run.Score!.MakespanTicks <= provenBound ? run.BestIteration : null;
        }
        var winner = Winner(runs, objective);
        var w = runs[winner];
        return new SolverResult(w.Schedule!, w.Score!, w.TimeToBest, runs.Sum(r => r.Iterations), winner, bound, w.ReachedBoundAt is not null);
    }

    /// <summary>
    /// The best run, ties to the lowest thread. When runs reached the lower bound, the one that
    /// reached it in the fewest iterations (then the lowest thread) wins: every run is allowed to
    /// go at least that far (<see cref="BoundLatch"/>), so the choice does not depend on timing.
    /// </summary>
    private static int Winner(ThreadRun[] runs, Objective objective)
    {
        var winner = -1;
        for (var t = 0; t < runs.Length; t++)
        {
            if (runs[t].ReachedBoundAt is { } at && (winner < 0 || at < runs[winner].ReachedBoundAt!.Value))
            {
                winner = t;
            }
        }
        if (winner >= 0)
        {
            return winner;
        }
        winner = 0;
        for (var t = 1; t < runs.Length; t++)
        {
            if (objective.Compare(runs[t].Score!, runs[winner].Score!) < 0)
            {
                winner = t;
            }
        }
        return winner;
    }

    /// <summary>The number progress reports carry: the weighted sum, or the first lexicographic term.</summary>
    internal static double Headline(Objective objective, ObjectiveBreakdown score) =>
        objective.Lexicographic.Count > 0 ? score.Value(objective.Lexicographic[0]) : objective.WeightedSum(score);

    /// <summary>The best of the deterministic rules and a few randomised ones (different per thread).</summary>
    internal static SolutionState Construct(ProblemData data, Random random, int thread, StateScorer scorer)
    {
        var best = new SolutionState(data);
        var candidate = new SolutionState(data);
        ObjectiveBreakdown? bestScore = null;
        var randomStarts = thread == 0 ? 2 : 6;
        for (var r = 0; r < DeterministicRules.Length + randomStarts; r++)
        {
            var rule = r < DeterministicRules.Length ? DeterministicRules[r] : DispatchRule.Random;
            Dispatcher.Build(candidate, rule, random);
            candidate.Evaluate();
            var score = scorer.Score(candidate);
            if (bestScore is null || scorer.Compare(score, bestScore) < 0)
            {
                bestScore = score;
                best.CopyFrom(candidate);
            }
        }
        return best;
    }

    private sealed class ThreadRun
    {
        public ObjectiveBreakdown? Score { get; private set; }

        public TimeSpan TimeToBest { get; private set; }

        public long Iterations { get; set; }

        /// <summary>The iteration in which the run's best was found (0: the start).</summary>
        public long BestIteration { get; set; }

        /// <summary><see cref="BestIteration"/> when the run's best meets the lower bound, otherwise null.</summary>
        public long? ReachedBoundAt { get; set; }

        public Schedule? Schedule { get; private set; }

        public void Record(SolutionState state, ObjectiveBreakdown score, TimeSpan elapsed)
        {
            Score = score;
            TimeToBest = elapsed;
            Schedule = state.ToSchedule();
        }
    }
}
