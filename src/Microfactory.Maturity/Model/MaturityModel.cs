using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>
/// The Microfactory Maturity Model as read from its versioned document: groups, dimensions with levels 0–5, and
/// target profiles. Valid by construction (<see cref="Reading.ModelReader"/> refuses a document that is not): ids are
/// unique, every dimension belongs to a group, prerequisites and profiles name dimensions of the model.
/// </summary>
public sealed record MaturityModel(string Id, string Version, string Title, string Description, ImmutableArray<DimensionGroup> Groups, ImmutableArray<Dimension> Dimensions, ImmutableArray<TargetProfile> Profiles)
{
    /// <summary>The lowest level.</summary>
    public const int MinLevel = 0;

    /// <summary>The highest level.</summary>
    public const int MaxLevel = 5;

    /// <summary>The dimension with this id, or null.</summary>
    public Dimension? Find(string dimensionId) => Dimensions.FirstOrDefault(d => d.Id == dimensionId);

    /// <summary>The profile with this id, or null.</summary>
    public TargetProfile? FindProfile(string profileId) => Profiles.FirstOrDefault(p => p.Id == profileId);
}
