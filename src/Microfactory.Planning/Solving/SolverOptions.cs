using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>How long and how the solver searches, and what it minimises.</summary>
public sealed record SolverOptions
{
    /// <summary>Wall-clock budget; the best schedule so far is returned when it runs out.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seed of all randomness; thread <c>t</c> uses a generator derived from it and <c>t</c>.</summary>
    public int Seed { get; init; }

    /// <summary>Independent searches run in parallel, at least 1 (one per core is a good choice).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// Cap on search iterations per thread. With a cap and a time limit that does not bind, the
    /// result depends only on the instance, the seed and the thread count.
    /// </summary>
    public long MaxIterations { get; init; } = long.MaxValue;

    /// <summary>What to minimise; the makespan by default.</summary>
    public Objective Objective { get; init; } = Objective.Makespan;

    /// <summary>The schedule stability is measured against (the plan before replanning), if any.</summary>
    public Schedule? StabilityReference { get; init; }

    /// <summary>Clock for the time limit and progress timestamps.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
