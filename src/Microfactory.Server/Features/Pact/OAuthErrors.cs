using System.Text.Json.Serialization;

namespace Microfactory.Server.Features.Pact;

/// <summary>An RFC 6749 §5.2 error body.</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);

/// <summary>
/// The token endpoint's errors (RFC 6749 §5.2): <c>invalid_request</c>, <c>invalid_client</c> (401 with a
/// <c>WWW-Authenticate: Basic</c> challenge), <c>unsupported_grant_type</c>, <c>invalid_scope</c>; never cached.
/// </summary>
internal static class OAuthErrors
{
    public static IResult InvalidRequest(string description) => Result(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static IResult UnsupportedGrantType(string description) => Result(StatusCodes.Status400BadRequest, "unsupported_grant_type", description);

    public static IResult InvalidScope(string description) => Result(StatusCodes.Status400BadRequest, "invalid_scope", description);

    public static IResult InvalidClient(string description) => new Challenged(Result(StatusCodes.Status401Unauthorized, "invalid_client", description));

    public static IResult Result(int status, string error, string description) =>
        new NoStore(TypedResults.Json(new OAuthError(error, description), statusCode: status));

    /// <summary>Token responses and their errors must not be cached (RFC 6749 §5.1).</summary>
    private sealed class NoStore(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed class Challenged(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"pact\", charset=\"UTF-8\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
