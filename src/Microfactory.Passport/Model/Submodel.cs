namespace Microfactory.Passport.Model;

/// <summary>One aspect of an asset (nameplate, carbon footprint, handover documents …), an identifiable.</summary>
/// <param name="Id">The globally unique identifier, not empty.</param>
/// <param name="SubmodelElements">The elements, each with an idShort unique in the submodel.</param>
public sealed record Submodel(string Id, IReadOnlyList<SubmodelElement> SubmodelElements)
{
    /// <summary>The short name.</summary>
    public string? IdShort { get; init; }

    /// <summary>Descriptions, one per language.</summary>
    public IReadOnlyList<LangString> Description { get; init; } = [];

    /// <summary>What the submodel is (usually the IDTA submodel template's IRI).</summary>
    public Reference? SemanticId { get; init; }
}
