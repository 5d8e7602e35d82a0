using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Pact;

/// <summary>A new PACT client as an admin sends it; <see cref="Callback"/> when the client will send footprint requests.</summary>
[RequiredFields(nameof(Name))]
internal sealed record PactClientInput(string? Name, PactCallbackInput? Callback);

/// <summary>
/// The client's own PACT host, where answers to its footprint requests go: its API base URL (https; we post to
/// <c>{baseUrl}/3/events</c>), its auth base URL when its <c>/auth/token</c> is elsewhere, and the credentials it issued to us.
/// </summary>
[RequiredFields(nameof(BaseUrl), nameof(ClientId), nameof(ClientSecret))]
internal sealed record PactCallbackInput(string? BaseUrl, string? AuthBaseUrl, string? ClientId, string? ClientSecret);

/// <summary>A freshly created client: <see cref="ClientSecret"/> is in this response only and never shown again.</summary>
internal sealed record CreatedPactClientResponse(string ClientId, string ClientSecret, string Name, DateTimeOffset CreatedAt, string CreatedBy, PactCallbackResponse? Callback);

/// <summary>A client as listed: never its secret, nor the callback secret.</summary>
internal sealed record PactClientResponse(string ClientId, string Name, string Origin, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, PactCallbackResponse? Callback)
{
    public static PactClientResponse From(PactClient c) =>
        new(c.Id, c.Name, c.Origin, c.CreatedAt, c.CreatedBy, c.RevokedAt, PactCallbackResponse.From(c.Callback));
}

/// <summary>Where a client's answers go, without the secret.</summary>
internal sealed record PactCallbackResponse(string BaseUrl, string AuthBaseUrl, string ClientId)
{
    public static PactCallbackResponse? From(PactCallback? c) => c is null ? null : new(c.BaseUrl.ToString(), c.AuthBaseUrl.ToString(), c.ClientId);
}
