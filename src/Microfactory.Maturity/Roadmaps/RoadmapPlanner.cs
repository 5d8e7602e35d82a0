using System.Collections.Immutable;
using Microfactory.Maturity.Model;
using Microfactory.Maturity.Scoring;

namespace Microfactory.Maturity.Roadmaps;

/// <summary>
/// Plans the way from current levels to a target profile. Deterministic: the same input gives the same steps.
/// <list type="number">
/// <item>Claims ahead of the evidence come first (largest gap first): a plan built on an unproven level is fragile.</item>
/// <item>Targets are raised where a step needs another dimension higher than its own target (a prerequisite step).</item>
/// <item>Then one level at a time, foundations before refinements: among the steps whose prerequisites are met, the
/// one to the lowest level first; on a tie the dimension with the largest weighted distance to its target; then
/// model order.</item>
/// </list>
/// </summary>
public static class RoadmapPlanner
{
    /// <summary>
    /// The roadmap. <paramref name="current"/> holds each dimension's level now (missing: 0);
    /// <paramref name="measured"/> what the platform's data shows (missing or null: no data);
    /// <paramref name="target"/> the chosen level per dimension (missing: keep the current one).
    /// </summary>
    public static Roadmap Plan(MaturityModel model, IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int?> measured, IReadOnlyDictionary<string, int> target)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(target);
        var dims = model.Dimensions;
        var now = dims.ToDictionary(d => d.Id, d => Clamp(current.GetValueOrDefault(d.Id)), StringComparer.Ordinal);
        var chosen = dims.ToDictionary(d => d.Id, d => Math.Max(now[d.Id], Clamp(target.TryGetValue(d.Id, out var t) ? t : now[d.Id])), StringComparer.Ordinal);
        var planned = RaiseForPrerequisites(model, now, chosen);

        var steps = new List<RoadmapStep>();
        foreach (var d in dims.Select((d, i) => (Dimension: d, Index: i))
                     .Where(x => measured.GetValueOrDefault(x.Dimension.Id) is { } m && m < now[x.Dimension.Id])
                     .OrderByDescending(x => now[x.Dimension.Id] - measured[x.Dimension.Id]!.Value).ThenBy(x => x.Index)
                     .Select(x => x.Dimension))
        {
            var shown = measured[d.Id]!.Value;
            var next = d.Levels[shown + 1];
            steps.Add(new RoadmapStep(steps.Count + 1, StepReason.EvidenceGap, d.Id, d.Name, shown, now[d.Id],
                $"Back the claim of level {now[d.Id]}: the platform's data shows level {shown}. Next on the evidence: {next.Does}",
                next.Link, next.LinkLabel, next.Planned,
                "The measured level rises to meet the claim, so the roadmap rests on what the factory's data shows.", []));
        }

        var state = new Dictionary<string, int>(now, StringComparer.Ordinal);
        while (true)
        {
            Dimension? best = null;
            var bestKey = (Level: int.MaxValue, Distance: 0.0, Index: int.MaxValue);
            for (var i = 0; i < dims.Length; i++)
            {
                var d = dims[i];
                var level = state[d.Id] + 1;
                if (level > planned[d.Id] || !d.Levels[level].Requires.All(r => state[r.DimensionId] >= r.Level))
                {
                    continue;
                }
                var key = (level, -d.Weight * (planned[d.Id] - state[d.Id]), i);
                if (key.CompareTo(bestKey) < 0)
                {
                    (best, bestKey) = (d, key);
                }
            }
            if (best is null)
            {
                break; // every dimension is at its planned target (the reader refuses circular prerequisites)
            }
            var to = state[best.Id] + 1;
            var step = best.Levels[to];
            steps.Add(new RoadmapStep(steps.Count + 1, to <= chosen[best.Id] ? StepReason.Target : StepReason.Prerequisite, best.Id, best.Name, to - 1, to,
                step.Does, step.Link, step.LinkLabel, step.Planned, step.Effect ?? "", NeededFor(model, best.Id, to, now, planned)));
            state[best.Id] = to;
        }
        return new Roadmap([.. steps], now.ToImmutableDictionary(StringComparer.Ordinal), planned.ToImmutableDictionary(StringComparer.Ordinal),
            MaturityScore.Index(model, now), MaturityScore.Index(model, planned));
    }

    /// <summary>Raises targets until every planned level's prerequisites are planned too (a fixed point: levels only rise, at most to 5).</summary>
    private static Dictionary<string, int> RaiseForPrerequisites(MaturityModel model, Dictionary<string, int> now, Dictionary<string, int> chosen)
    {
        var planned = new Dictionary<string, int>(chosen, StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var d in model.Dimensions)
            {
                for (var level = now[d.Id] + 1; level <= planned[d.Id]; level++)
                {
                    foreach (var r in d.Levels[level].Requires.Where(r => planned[r.DimensionId] < r.Level))
                    {
                        planned[r.DimensionId] = r.Level;
                        changed = true;
                    }
                }
            }
        }
        while (changed);
        return planned;
    }

    private static ImmutableArray<string> NeededFor(MaturityModel model, string dimensionId, int level, Dictionary<string, int> now, Dictionary<string, int> planned) =>
    [
        .. model.Dimensions.SelectMany(d => Enumerable.Range(now[d.Id] + 1, Math.Max(0, planned[d.Id] - now[d.Id]))
            .Where(l => d.Levels[l].Requires.Any(r => r.DimensionId == dimensionId && r.Level >= level))
            .Select(l => $"{d.Name} level {l}")),
    ];

    private static int Clamp(int level) => Math.Clamp(level, MaturityModel.MinLevel, MaturityModel.MaxLevel);
}
