using System.Collections.Immutable;

namespace Microfactory.Maturity.Roadmaps;

/// <summary>
/// The prioritised steps from the current levels to the target, with the target actually planned for (the chosen
/// one raised where a prerequisite needs it) and the overall index now and once every step is done.
/// </summary>
public sealed record Roadmap(ImmutableArray<RoadmapStep> Steps, ImmutableDictionary<string, int> Current, ImmutableDictionary<string, int> Target, double? IndexNow, double? IndexAtTarget);
