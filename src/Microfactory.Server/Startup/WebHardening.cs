using System.Net;
using Microfactory.Server.Api;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>
/// The HTTP plumbing that protects every endpoint: Kestrel limits and no Server header, trusted proxies, security
/// headers, request checks, problem answers for unknown routes and a page for browsers.
/// </summary>
internal static class WebHardening
{
    public static IServiceCollection AddWebHardening(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MicrofactoryOptions>>((kestrel, options) =>
        {
            var limits = options.Value.Limits;
            kestrel.AddServerHeader = false;
            // Twice the application's limits: requests between the two get a problem from RequestChecks, only
            // requests far beyond meet Kestrel's own bare answer.
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, 2 * limits.MaxUrlLength + 64);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, 2 * limits.MaxRequestHeadersBytes);
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxRequestBodyBytes, limits.MaxJsonBodyBytes);
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<MicrofactoryOptions>>((forwarded, options) => ConfigureProxies(forwarded, options.Value.ForwardedHeaders));
        // The string converters hide the type of strings from the schema generator: say it again.
        services.Configure<OpenApiOptions>("v1", o => o.AddSchemaTransformer<TextSchemaTransformer>());
        return services;
    }

    /// <summary>Trusted proxies first, then security headers on everything that follows, errors included.</summary>
    public static WebApplication UseWebHardening(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<MicrofactoryOptions>>().Value.ForwardedHeaders;
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes the framework add the same middleware ahead of this pipeline.
        if (proxies.Enabled && !string.Equals(app.Configuration["FORWARDEDHEADERS_ENABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>Answers with a page for browsers and with problem+json for everybody else, for errors that came without a body.</summary>
    public static WebApplication UseStatusAnswers(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.UseErrorPages();
        return app;
    }

    private static void ConfigureProxies(ForwardedHeadersOptions forwarded, ProxyOptions proxies)
    {
        if (!proxies.Enabled)
        {
            return;
        }
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = proxies.ForwardLimit;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Microfactory:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }
        foreach (var network in proxies.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Microfactory:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation such as '10.0.0.0/8'."));
        }
    }
}
