using Scalar.AspNetCore;

namespace Microfactory.Server.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) and the API reference page that renders it
/// (<see cref="ReferencePath"/>, Scalar, served from the package's own assets), both anonymous.
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string ReferencePath = "/api/reference";

    /// <summary>
    /// What the reference page needs, and nothing more (found in Chromium, see ApiReferenceTests): its
    /// scripts are our origin's plus one inline module carrying the per-response nonce; Scalar injects
    /// style elements and attributes (so 'unsafe-inline' for styles only); its icons are our favicon
    /// and data: images; it fetches the document and, from its "test request" client, the API on our
    /// origin. Nothing comes from elsewhere (no CDN, fonts, telemetry or AI agent). No 'unsafe-eval':
    /// the bundle's schema library probes for it once (a report "script-src eval") and works without.
    /// </summary>
    public static readonly OwnContentSecurityPolicy ReferencePolicy = new(
        "default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<OperationConventionsTransformer>();
            o.AddSchemaTransformer<ContractSchemaTransformer>();
            o.AddDocumentTransformer(ContractSchemaTransformer.RemoveNullFromRequired);
        });

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi(DocumentRoute).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("Microfactory API reference")
                .WithOpenApiRoutePattern(DocumentRoute)
                .AddPreferredSecuritySchemes(BearerSecurityTransformer.SchemeName)
                .WithFavicon("/favicon.svg")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .WithNonce())
            .AllowAnonymous()
            .WithMetadata(ReferencePolicy)
            .Add(endpoint =>
            {
                // The nonce exists once Scalar has rendered the page, so the header is written as the response starts.
                var render = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    context.Response.OnStarting(() =>
                    {
                        if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                        {
                            context.Response.Headers.ContentSecurityPolicy = ReferencePolicy.For(nonce);
                        }
                        return Task.CompletedTask;
                    });
                    return render(context);
                };
            });
        return app;
    }
}
