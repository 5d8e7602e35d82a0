using Microfactory.Server.Components;

namespace Microfactory.Server.Api;

/// <summary>
/// Security headers on every response the application writes (API, pages, static files, problems), added as the
/// response starts so that error handlers which clear the headers cannot drop them. The policy fits the UI: scripts
/// and styles from this origin only, ES modules plus one inline import map allowed by its hash, images from this
/// origin and data: URIs (Bootstrap's icons), fetches to this origin only, and no framing by anyone.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {ImportMap.HashSource}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // An endpoint that writes its own policy (the API reference page, with a nonce) keeps it: this callback
            // runs after the endpoint's own, so setting the site-wide one here would replace it.
            if (http.GetEndpoint()?.Metadata.GetMetadata<OwnContentSecurityPolicy>() is null || string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (http.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }
            headers.Remove("Server");
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
