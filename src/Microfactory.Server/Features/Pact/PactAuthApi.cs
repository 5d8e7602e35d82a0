using System.Text;
using System.Text.Json.Serialization;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT v3 Action Authenticate: OAuth2 client credentials (RFC 6749 §4.4) at <c>POST /auth/token</c>, the client
/// authenticated by HTTP Basic (or, RFC 6749 §2.3.1, <c>client_id</c>/<c>client_secret</c> in the form, never both),
/// and the OpenID provider configuration that names that endpoint. Both anonymous, HTTPS only (<see cref="PactHttpsOnly"/>).
/// </summary>
internal static class PactAuthApi
{
    /// <summary>The scopes of the PACT v3 OpenAPI; a token always carries both.</summary>
    public static readonly string[] Scopes = ["footprint:list", "footprint:read"];

    private const int MaxAuthorizationLength = 1024;

    public static IEndpointRouteBuilder MapPactAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(PactPaths.Token, TokenAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery().WithDisplayName("PACT Authenticate");
        app.MapGet(PactPaths.Discovery, (HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            return TypedResults.Json(new DiscoveryDocument(origin, origin + PactPaths.Token, ["client_credentials"], ["client_secret_basic", "client_secret_post"], Scopes, ["token"]));
        }).AllowAnonymous().ExcludeFromDescription().WithDisplayName("PACT OpenID configuration");
        return app;
    }

    private static async Task<IResult> TokenAsync(HttpContext context, PactClientService clients, PactTokens tokens, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return OAuthErrors.InvalidRequest("Send grant_type=client_credentials as application/x-www-form-urlencoded.");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Any(f => f.Value.Count > 1))
        {
            return OAuthErrors.InvalidRequest($"Parameter '{form.First(f => f.Value.Count > 1).Key}' is given more than once (RFC 6749 §3.2).");
        }
        string? grant = form["grant_type"];
        if (string.IsNullOrEmpty(grant))
        {
            return OAuthErrors.InvalidRequest("grant_type is required: send grant_type=client_credentials.");
        }
        if (grant != "client_credentials")
        {
            return OAuthErrors.UnsupportedGrantType($"grant_type '{Short(grant)}' is not supported: this server grants client_credentials only.");
        }
        if (form["scope"].ToString() is { Length: > 0 } scope && scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !Scopes.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            return OAuthErrors.InvalidScope($"Scope '{Short(unknown)}' is not offered; the scopes are {string.Join(" ", Scopes)}.");
        }
        var (credentials, problem) = Credentials(request, form);
        if (problem is not null)
        {
            return problem;
        }
        var client = await clients.AuthenticateAsync(credentials!.Value.Id, credentials.Value.Secret, cancellationToken);
        if (client is null)
        {
            return OAuthErrors.InvalidClient("Client authentication failed: unknown client, wrong secret or revoked client.");
        }
        var (token, _) = tokens.Issue(client);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return TypedResults.Json(new TokenResponse(token, "Bearer", (int)PactOptions.TokenLifetime.TotalSeconds, string.Join(' ', Scopes)));
    }

    /// <summary>The client's id and secret from the Basic header or the form; a malformed or doubled presentation is a problem.</summary>
    private static ((string Id, string Secret)? Credentials, IResult? Problem) Credentials(HttpRequest request, IFormCollection form)
    {
        string? header = request.Headers.Authorization;
        var inForm = form.ContainsKey("client_id") || form.ContainsKey("client_secret");
        if (string.IsNullOrEmpty(header))
        {
            if (!inForm)
            {
                return (null, OAuthErrors.InvalidClient("Authenticate the client with HTTP Basic: Authorization: Basic base64(client_id:client_secret)."));
            }
            return (form["client_id"].ToString(), form["client_secret"].ToString()) is ({ Length: > 0 } id, { Length: > 0 } secret)
                ? ((id, secret), null)
                : (null, OAuthErrors.InvalidRequest("client_id and client_secret must both be given."));
        }
        if (inForm)
        {
            return (null, OAuthErrors.InvalidRequest("Authenticate the client one way only: HTTP Basic or client_id/client_secret in the form, not both (RFC 6749 §2.3)."));
        }
        if (header.Length > MaxAuthorizationLength || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, OAuthErrors.InvalidClient("The Authorization header must be 'Basic base64(client_id:client_secret)'."));
        }
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return (null, OAuthErrors.InvalidRequest("The Basic credentials are not base64 of UTF-8 'client_id:client_secret'."));
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return (null, OAuthErrors.InvalidRequest("The Basic credentials must be 'client_id:client_secret'."));
        }
        // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
        return ((Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')), Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '))), null);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("scope")] string Scope);

    private sealed record DiscoveryDocument(
        [property: JsonPropertyName("issuer")] string Issuer,
        [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
        [property: JsonPropertyName("grant_types_supported")] string[] GrantTypesSupported,
        [property: JsonPropertyName("token_endpoint_auth_methods_supported")] string[] TokenEndpointAuthMethodsSupported,
        [property: JsonPropertyName("scopes_supported")] string[] ScopesSupported,
        [property: JsonPropertyName("response_types_supported")] string[] ResponseTypesSupported);
}
