using System.Text.Json;

namespace Microfactory.Server.Features.Pact;

/// <summary>A PACT v3 error body: <c>{"code", "message"}</c> with one of the v3 codes.</summary>
internal sealed record PactError(string Code, string Message);

/// <summary>
/// The PACT v3 error answers (OpenAPI <c>Error</c>): BadRequest 400, TokenExpired 401, AccessDenied 403, NotFound 404,
/// NotImplemented 400 (an unsupported filter or action: the specification's table gives it 400), InternalError 500.
/// </summary>
internal static class PactErrors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static IResult NotImplemented(string message) => Result(StatusCodes.Status400BadRequest, "NotImplemented", message);

    public static IResult TokenExpired(string message) => Result(StatusCodes.Status401Unauthorized, "TokenExpired", message);

    public static IResult AccessDenied(string message) => Result(StatusCodes.Status403Forbidden, "AccessDenied", message);

    public static IResult NotFound(string message) => Result(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult InternalError(string message) => Result(StatusCodes.Status500InternalServerError, "InternalError", message);

    /// <summary>The body for a status that middleware decided (a body too large, a URL too long).</summary>
    public static IResult ForStatus(int status, string message) => status switch
    {
        StatusCodes.Status401Unauthorized => TokenExpired(message),
        StatusCodes.Status403Forbidden => AccessDenied(message),
        StatusCodes.Status404NotFound => NotFound(message),
        >= 500 => Result(status, "InternalError", message),
        _ => Result(status, "BadRequest", message),
    };

    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new PactError(code, message), Json, "application/json", status);
}
