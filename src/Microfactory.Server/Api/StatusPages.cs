using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace Microfactory.Server.Api;

/// <summary>
/// Browsers (GET or HEAD, asking for HTML) outside the API get the UI's error page, in the app's layout, for an error
/// that came without a body, an unknown page above all; API clients and everything under /api, /health and /openapi
/// always get problem+json (the framework's status code pages, further out). The page is rendered by re-running the
/// rest of the pipeline for <c>/error/{status}</c> in a fresh service scope, as the framework's re-execution does, but
/// only for the requests that want a page.
/// </summary>
internal static class StatusPages
{
    public static bool WantsPage(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/openapi"))
        {
            return false;
        }
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The route of the UI's error page (Components/Pages/ErrorStatus.razor).</summary>
    public const string PageRoute = "/error/{Code:int}";

    /// <summary>Adds the middleware. The re-run goes straight to the error page's endpoint through the rest of the pipeline (authorization, antiforgery).</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        var page = new Lazy<Endpoint>(() => app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Single(e => e.RoutePattern.RawText == PageRoute));
        return app.Use(next => context => InvokeAsync(context, next, page));
    }

    private static async Task InvokeAsync(HttpContext context, RequestDelegate next, Lazy<Endpoint> page)
    {
        if (!WantsPage(context))
        {
            await next(context);
            return;
        }
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode is < 400 or > 599 || response.ContentLength.HasValue || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }
        var request = context.Request;
        var status = response.StatusCode;
        var (path, pathBase, query, endpoint) = (request.Path, request.PathBase, request.QueryString, context.GetEndpoint());
        var routeValues = new RouteValueDictionary(request.RouteValues);
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path.Value ?? "", OriginalPathBase = pathBase.Value ?? "", OriginalQueryString = query.Value,
            Endpoint = endpoint, RouteValues = routeValues,
        });
        var services = context.RequestServices;
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        try
        {
            context.RequestServices = scope.ServiceProvider;
            var code = status.ToString(CultureInfo.InvariantCulture);
            context.SetEndpoint(page.Value);
            request.RouteValues = new RouteValueDictionary { ["Code"] = code };
            request.Path = "/error/" + code;
            request.QueryString = QueryString.Empty;
            await next(context);
        }
        finally
        {
            (request.Path, request.QueryString, context.RequestServices) = (path, query, services);
            context.SetEndpoint(endpoint);
            request.RouteValues = routeValues;
            context.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
        if (!response.HasStarted)
        {
            response.StatusCode = status;
        }
    }
}
