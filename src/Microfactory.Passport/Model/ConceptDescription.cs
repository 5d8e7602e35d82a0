namespace Microfactory.Passport.Model;

/// <summary>The meaning of a semantic id defined by this model rather than an external dictionary.</summary>
/// <param name="Id">The identifier that semantic ids refer to, not empty.</param>
public sealed record ConceptDescription(string Id)
{
    /// <summary>The short name.</summary>
    public string? IdShort { get; init; }

    /// <summary>Descriptions, one per language.</summary>
    public IReadOnlyList<LangString> Description { get; init; } = [];

    /// <summary>External concepts this one is the same as (for example an ECLASS IRDI).</summary>
    public IReadOnlyList<Reference> IsCaseOf { get; init; } = [];
}
