namespace Microfactory.Server.Features.Pact;

/// <summary>
/// Checks the access token of every <c>/3</c> call before the endpoint runs, answering in the PACT error shape: a
/// missing or malformed Authorization header, or a token this server did not issue, is <c>400 BadRequest</c> (what the
/// conformance tool expects for "an invalid token"); a token of ours that expired, or whose client was revoked since,
/// is <c>401 TokenExpired</c> with a <c>WWW-Authenticate: Bearer</c> challenge, so the client fetches a new one.
/// </summary>
internal sealed class PactBearer(PactTokens tokens, PactClientService clients) : IEndpointFilter
{
    private const string ClientKey = "pact.client";

    /// <summary>The authenticated client of a <c>/3</c> call.</summary>
    public static PactClient Client(HttpContext context) =>
        context.Items[ClientKey] as PactClient ?? throw new InvalidOperationException("The endpoint must sit behind PactBearer.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? header = http.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Challenge(http, "invalid_request", PactErrors.BadRequest("Send an access token from /auth/token as 'Authorization: Bearer <token>'."));
        }
        if (header.Length > PactTokens.MaxTokenLength + 7 || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Challenge(http, "invalid_request", PactErrors.BadRequest("The Authorization header must be 'Bearer <token>' with a token from /auth/token."));
        }
        var check = tokens.Check(header["Bearer ".Length..].Trim());
        if (!check.Ours)
        {
            return Challenge(http, "invalid_token", PactErrors.BadRequest("Invalid token provided: it was not issued by this server's /auth/token."));
        }
        if (check.Expired)
        {
            return Challenge(http, "invalid_token", PactErrors.TokenExpired("The access token has expired: get a new one from /auth/token."));
        }
        if (await clients.ActiveAsync(check.ClientId, http.RequestAborted) is not { } client)
        {
            return Challenge(http, "invalid_token", PactErrors.TokenExpired("The access token's client has been revoked."));
        }
        http.Items[ClientKey] = client;
        return await next(context);
    }

    private static IResult Challenge(HttpContext http, string error, IResult result)
    {
        http.Response.Headers.WWWAuthenticate = $"Bearer realm=\"pact\", error=\"{error}\"";
        return result;
    }
}
