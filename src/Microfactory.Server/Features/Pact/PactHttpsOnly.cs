namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The PACT v3 host "MUST offer its actions over HTTPS only": a plain-HTTP request to a PACT path is refused before
/// anything reads its credentials or token, with no redirect (a client that follows one would have sent its secret in
/// clear already, and the conformance cases 9–11 and 17 expect the call itself to fail). Behind a TLS-terminating proxy
/// the forwarded scheme counts (<c>Microfactory:ForwardedHeaders</c>). The rest of the site is not affected.
/// </summary>
internal sealed class PactHttpsOnly(RequestDelegate next, ILogger<PactHttpsOnly> logger)
{
    public const string Message = "The PACT API is served over HTTPS only: call it at https:// (nothing was read from this request).";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || !PactPaths.IsPact(context.Request.Path))
        {
            return next(context);
        }
        logger.LogInformation("Refused a plain-HTTP request to {Path}", context.Request.Path);
        context.Response.Headers.Connection = "close";
        return (PactPaths.IsAuth(context.Request.Path)
            ? OAuthErrors.InvalidRequest(Message)
            : PactErrors.AccessDenied(Message)).ExecuteAsync(context);
    }
}
