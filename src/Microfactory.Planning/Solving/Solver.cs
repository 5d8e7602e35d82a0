using Microfactory.Planning.Model;

namespace Microfactory.Planning.Solving;

/// <summary>
/// Makespan solver for the flexible job shop: dispatching-rule starts, then tabu search on
/// the critical path with machine reassignment, one independent search per thread.
/// </summary>
public static class Solver
{
    private static readonly DispatchRule[] DeterministicRules =
    [
        DispatchRule.MostWorkRemaining,
        DispatchRule.MostOperationsRemaining,
        DispatchRule.ShortestProcessingTime,
        DispatchRule.EarliestFinish,
    ];

    /// <summary>
    /// Solves <paramref name="instance"/> within the options' limits. Anytime: on timeout or
    /// cancellation the best schedule so far is returned (at least the constructive one).
    /// </summary>
    public static SolverResult Solve(Instance instance, SolverOptions options, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var data = new ProblemData(instance);
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var lowerBound = LowerBound.Makespan(data);
        var runs = new ThreadRun[options.Threads];
        var gate = new object();
        var globalBest = long.MaxValue;
        void Report(int thread, long objective)
        {
            lock (gate)
            {
                if (objective < globalBest)
                {
                    globalBest = objective;
                    progress?.Report(new SolverProgress(objective, clock.GetElapsedTime(started), thread));
                }
            }
        }
        bool ShouldStop() => cancellationToken.IsCancellationRequested || clock.GetElapsedTime(started) >= options.TimeLimit;

        void RunThread(int t)
        {
            var random = new Random(unchecked((options.Seed * 7919) + (t * 104729) + 17));
            var run = new ThreadRun();
            runs[t] = run;
            var start = Construct(data, random, t);
            run.Best = start.Makespan;
            run.TimeToBest = clock.GetElapsedTime(started);
            run.Schedule = start.ToSchedule();
            Report(t, start.Makespan);
            var search = new TabuSearch(data, random, TabuSettings.For(data));
            search.Run(start, options.MaxIterations, lowerBound, ShouldStop, makespan =>
            {
                run.Best = makespan;
                run.TimeToBest = clock.GetElapsedTime(started);
                Report(t, makespan);
            });
            run.Iterations = search.Iterations;
            if (search.Best.Makespan <= start.Makespan)
            {
                run.Schedule = search.Best.ToSchedule();
                run.Best = search.Best.Makespan;
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
            if (runs[t].Best < runs[winner].Best)
            {
                winner = t;
            }
        }
        var w = runs[winner];
        return new SolverResult(w.Schedule!, w.Best, w.TimeToBest, runs.Sum(r => r.Iterations), winner, lowerBound);
    }

    /// <summary>The best of the deterministic rules and a few randomised ones (different per thread).</summary>
    internal static SolutionState Construct(ProblemData data, Random random, int thread)
    {
        var best = new SolutionState(data);
        var candidate = new SolutionState(data);
        var bestMakespan = long.MaxValue;
        var randomStarts = thread == 0 ? 2 : 6;
        for (var r = 0; r < DeterministicRules.Length + randomStarts; r++)
        {
            var rule = r < DeterministicRules.Length ? DeterministicRules[r] : DispatchRule.Random;
            Dispatcher.Build(candidate, rule, random);
            candidate.Evaluate();
            if (candidate.Makespan < bestMakespan)
            {
                bestMakespan = candidate.Makespan;
                best.CopyFrom(candidate);
            }
        }
        return best;
    }

    private sealed class ThreadRun
    {
        public long Best { get; set; } = long.MaxValue;

        public TimeSpan TimeToBest { get; set; }

        public long Iterations { get; set; }

        public Schedule? Schedule { get; set; }
    }
}
