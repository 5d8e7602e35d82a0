namespace Microfactory.Passport.Model;

/// <summary>A name-value pair that identifies the asset in some context, for example its serial number (AAS <c>SpecificAssetId</c>).</summary>
/// <param name="Name">The kind of identifier, 1 to 64 characters (a LabelType), for example <c>SerialNumber</c>.</param>
/// <param name="Value">The identifier, 1 to 2000 characters.</param>
public sealed record SpecificAssetId(string Name, string Value)
{
    /// <summary>Optional semantic id of <see cref="Name"/>, for example the ECLASS IRDI of a serial number.</summary>
    public Reference? SemanticId { get; init; }

    /// <summary>Who issued the identifier; an ExternalReference (AASd-133) when set.</summary>
    public Reference? ExternalSubjectId { get; init; }
}
