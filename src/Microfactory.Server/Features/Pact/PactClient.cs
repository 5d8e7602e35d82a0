namespace Microfactory.Server.Features.Pact;

/// <summary>
/// A data recipient allowed to call the PACT API. <see cref="Callback"/> is where and how we answer its footprint
/// requests; without it, its requests are refused (we could not answer them).
/// </summary>
internal sealed record PactClient(
    string Id,
    string Name,
    string SecretHash,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    string Origin,
    PactCallback? Callback)
{
    public const string FromApi = "api";
    public const string FromConfiguration = "configuration";

    public bool Active => RevokedAt is null;
}

/// <summary>The client's own PACT host: its API base URL, its auth base URL and the credentials it gave us there (secret protected at rest).</summary>
internal sealed record PactCallback(Uri BaseUrl, Uri AuthBaseUrl, string ClientId, string ProtectedSecret);
