using Microsoft.AspNetCore.Routing.Template;

namespace Microfactory.Server.Api;

/// <summary>
/// The answer for a path and method no endpoint takes. A path that exists for other methods is a 405 naming them;
/// any other path is a 404: a problem for API clients and for everything under /api, the styled "not found" page for
/// a browser asking for HTML (<see cref="StatusPages"/>). Mapped as the last fallback, for every method, so that the
/// static-asset fallback (GET only) cannot turn a POST to an unknown path into a 405.
/// </summary>
internal static class UnknownRoutes
{
    public static IEndpointConventionBuilder MapUnknownRoutes(this IEndpointRouteBuilder app)
    {
        var matchers = new Lazy<IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>>(() => Matchers(app));
        var builder = app.Map("{**path}", (HttpContext context) => Answer(context, matchers.Value))
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithDisplayName("Unknown route");
        // One step before the static-asset fallback (int.MaxValue), so this one decides for every unknown path.
        builder.Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue - 1);
        return builder;
    }

    private static IResult Answer(HttpContext context, IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)> matchers)
    {
        var path = context.Request.Path;
        var allowed = matchers
            .Where(m => m.Matcher.TryMatch(path, new RouteValueDictionary()))
            .SelectMany(m => m.Methods)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            // The path and the method exist, so routing turned the request down for its body's media type alone.
            return TypedResults.Problem(
                title: "Unsupported media type", statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: $"{context.Request.Method} {path} takes a JSON body: send it with Content-Type: application/json.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [$"Content-Type must be application/json, not '{context.Request.ContentType}'."] } });
        }
        if (allowed.Count > 0)
        {
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return TypedResults.Problem(
                title: "Method not allowed", statusCode: StatusCodes.Status405MethodNotAllowed,
                detail: $"{context.Request.Method} is not allowed on {path}; use {string.Join(" or ", allowed)}.");
        }
        if (StatusPages.WantsPage(context))
        {
            return TypedResults.NotFound(); // no body: the status pages render the styled page
        }
        return TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound, detail: $"Nothing is at {path}.");
    }

    /// <summary>Every other route, with the methods it takes; fallbacks (this one, static assets) are not routes a client can aim at.</summary>
    private static IReadOnlyList<(TemplateMatcher, IReadOnlyList<string>)> Matchers(IEndpointRouteBuilder app) =>
    [
        .. app.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Order < int.MaxValue - 1)
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])))
            .Where(e => e.Item2.Count > 0),
    ];
}
