namespace Microfactory.Cli.Commands.Schedule;

/// <summary>One benchmark line: our makespan against the best known one.</summary>
internal sealed record BenchRow(string Instance, long? BestKnown, long Ours, double SecondsToBest, bool Feasible)
{
    /// <summary>(ours − best known) / best known, in percent; null without a best known value.</summary>
    public double? GapPercent => BestKnown is { } ub && ub > 0 ? 100.0 * (Ours - ub) / ub : null;
}
