namespace Microfactory.Passport.Model;

/// <summary>The digital twin of one asset: its identity and references to its submodels.</summary>
/// <param name="Id">The globally unique identifier, not empty.</param>
/// <param name="AssetInformation">The asset described.</param>
/// <param name="Submodels">Model references to the shell's submodels.</param>
public sealed record AssetAdministrationShell(string Id, AssetInformation AssetInformation, IReadOnlyList<Reference> Submodels)
{
    /// <summary>The short name.</summary>
    public string? IdShort { get; init; }

    /// <summary>Descriptions, one per language.</summary>
    public IReadOnlyList<LangString> Description { get; init; } = [];
}
