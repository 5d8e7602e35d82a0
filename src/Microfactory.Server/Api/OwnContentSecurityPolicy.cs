namespace Microfactory.Server.Api;

/// <summary>
/// Endpoint metadata: this endpoint sends its own Content-Security-Policy header (<see cref="Policy"/>,
/// with the per-response nonce in place of <c>{nonce}</c>), made for the page it serves. A
/// middleware that sets a site-wide policy must leave such a response's header as it is.
/// </summary>
internal sealed record OwnContentSecurityPolicy(string Policy)
{
    public const string NoncePlaceholder = "{nonce}";

    public string For(string nonce) => Policy.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal);
}
