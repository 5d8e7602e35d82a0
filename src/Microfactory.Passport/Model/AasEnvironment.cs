namespace Microfactory.Passport.Model;

/// <summary>The AAS <c>Environment</c>: the root of an AAS JSON document (named AasEnvironment to stay clear of System.Environment).</summary>
/// <param name="AssetAdministrationShells">The shells.</param>
/// <param name="Submodels">The submodels the shells refer to.</param>
/// <param name="ConceptDescriptions">Concept descriptions for semantic ids this model defines.</param>
public sealed record AasEnvironment(
    IReadOnlyList<AssetAdministrationShell> AssetAdministrationShells,
    IReadOnlyList<Submodel> Submodels,
    IReadOnlyList<ConceptDescription> ConceptDescriptions);
