using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>A named target a factory can choose: a level for every dimension (<see cref="DefaultLevel"/> unless listed in <see cref="Levels"/>).</summary>
public sealed record TargetProfile(string Id, string Name, string Description, int DefaultLevel, ImmutableDictionary<string, int> Levels)
{
    /// <summary>The target level of a dimension.</summary>
    public int LevelOf(string dimensionId) => Levels.GetValueOrDefault(dimensionId, DefaultLevel);
}
