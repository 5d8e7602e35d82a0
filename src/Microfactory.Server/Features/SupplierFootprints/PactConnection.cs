namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// A supplier's PACT v3 API as we call it: <see cref="BaseUrl"/> (its <c>/3/footprints</c> lives under it), the base of its
/// token endpoint (<see cref="AuthBaseUrl"/>, the same unless told), and the client credentials it issued to us, the
/// secret protected with the server's data-protection keys. Only enabled connections are synced.
/// </summary>
internal sealed record PactConnection(
    string SupplierId,
    Uri BaseUrl,
    Uri? AuthBaseUrl,
    string ClientId,
    string ProtectedSecret,
    bool Enabled,
    string Origin,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastSyncAt,
    string? LastSyncSummary)
{
    public const string FromApi = "api";
    public const string FromConfiguration = "configuration";

    /// <summary>Where <c>/auth/token</c> or the OpenID discovery document is looked for.</summary>
    public Uri AuthBase => AuthBaseUrl ?? BaseUrl;
}
