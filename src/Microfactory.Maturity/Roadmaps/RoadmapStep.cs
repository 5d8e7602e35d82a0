using System.Collections.Immutable;

namespace Microfactory.Maturity.Roadmaps;

/// <summary>
/// One step of a roadmap, in priority order (<see cref="Rank"/> 1 first): take <see cref="DimensionId"/> from
/// <see cref="FromLevel"/> to <see cref="ToLevel"/> by doing <see cref="Action"/>, on the platform at
/// <see cref="Link"/> (a page or API path) or, when that capability is still to come, the <see cref="Planned"/> one;
/// <see cref="Effect"/> is what to expect. <see cref="NeededFor"/> names the later steps (dimension and level) that wait for it.
/// </summary>
public sealed record RoadmapStep(
    int Rank,
    StepReason Reason,
    string DimensionId,
    string DimensionName,
    int FromLevel,
    int ToLevel,
    string Action,
    string? Link,
    string? LinkLabel,
    string? Planned,
    string Effect,
    ImmutableArray<string> NeededFor);
