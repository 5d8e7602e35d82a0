namespace Microfactory.Maturity.Scoring;

/// <summary>The weighted mean level (0–5) of a group's dimensions; null when none of them has a level.</summary>
public sealed record GroupScore(string GroupId, string Name, double? Level);
