using Microfactory.Core.Validation;

namespace Microfactory.Server.Api;

/// <summary>Problem answers written by middleware, before or instead of an endpoint: the same RFC 9457 shape the endpoints use.</summary>
internal static class Problems
{
    /// <summary>A 400 naming one field and the rule it broke.</summary>
    public static Task InvalidAsync(HttpContext context, string field, string message) =>
        Pact(context, StatusCodes.Status400BadRequest, $"{field}: {message}")
        ?? ApiResults.Validation([new FieldError(field, message)]).ExecuteAsync(context);

    /// <summary>Any other status, with the field (a header, <c>body</c>, <c>url</c>) the client should look at.</summary>
    public static Task StatusAsync(HttpContext context, int status, string title, string field, string detail) =>
        Pact(context, status, detail) ?? TypedResults.Problem(
            title: title, detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } }).ExecuteAsync(context);

    /// <summary>
    /// Under the PACT paths the same refusal speaks PACT: <c>{"code","message"}</c> for <c>/3</c>, an RFC 6749 error for the
    /// token endpoint; null elsewhere.
    /// </summary>
    private static Task? Pact(HttpContext context, int status, string message)
    {
        var path = context.Request.Path;
        if (Features.Pact.PactPaths.IsAuth(path))
        {
            return Features.Pact.OAuthErrors.Result(status, "invalid_request", message).ExecuteAsync(context);
        }
        return Features.Pact.PactPaths.IsPact(path) ? Features.Pact.PactErrors.ForStatus(status, message).ExecuteAsync(context) : null;
    }
}
