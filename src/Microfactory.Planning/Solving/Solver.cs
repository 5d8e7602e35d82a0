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
        var lowerBound = LowerBound.Makespan(data);
        var runs = new ThreadRun[options.Threads];
        var gate = new object();
        ObjectiveBreakdown? globalBest = null;
        void Report(int thread, ObjectiveBreakdown score)
        {
            lock (gate)
            {
                if (globalBest is null || objective.Compare(score, globalBest) < 0)
                {
                    globalBest = score;
                    progress?.Report(new SolverProgress(Headline(objective, score), score.MakespanTicks, clock.GetElapsedTime(started), thread));
                }
            }
        }
        bool ShouldStop() => cancellationToken.IsCancellationRequested || clock.GetElapsedTime(started) >= options.TimeLimit;

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
            if (objective.IsMakespanOnly)
            {
                var search = new TabuSearch(data, random, TabuSettings.For(data));
                search.Run(start, options.MaxIterations, lowerBound, ShouldStop, _ =>
                {
                    run.Record(search.Best, scorer.Score(search.Best), clock.GetElapsedTime(started));
                    Report(t, run.Score!);
                });
                run.Iterations = search.Iterations;
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
        var winner = 0;
        for (var t = 1; t < runs.Length; t++)
        {
            if (objective.Compare(runs[t].Score!, runs[winner].Score!) < 0)
            {
                winner = t;
            }
        }
        var w = runs[winner];
        return new SolverResult(w.Schedule!, w.Score!, w.TimeToBest, runs.Sum(r => r.Iterations), winner, lowerBound);
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

        public Schedule? Schedule { get; private set; }

        public void Record(SolutionState state, ObjectiveBreakdown score, TimeSpan elapsed)
        {
            Score = score;
            TimeToBest = elapsed;
            Schedule = state.ToSchedule();
        }
    }
}
