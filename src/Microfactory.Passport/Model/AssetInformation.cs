namespace Microfactory.Passport.Model;

/// <summary>Which asset a shell describes.</summary>
/// <param name="AssetKind">Type or instance.</param>
/// <param name="GlobalAssetId">The asset's global identifier (an IRI), not empty (AASd-131 requires an asset id).</param>
public sealed record AssetInformation(AssetKind AssetKind, string GlobalAssetId)
{
    /// <summary>The identifier of the asset's type, for an instance.</summary>
    public string? AssetType { get; init; }

    /// <summary>Identifiers of the asset in other contexts (serial number, part number), in order.</summary>
    public IReadOnlyList<SpecificAssetId> SpecificAssetIds { get; init; } = [];
}
