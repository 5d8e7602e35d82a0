using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Microfactory.Server.Tests.Support;

/// <summary>One operation of the running server, read from its endpoint data sources, so that a test over "every operation" covers new ones too.</summary>
internal sealed partial record ApiOperation(string Method, string Pattern, Type? BodyType)
{
    /// <summary>The pattern with each route parameter replaced by <paramref name="value"/> (already URL-encoded).</summary>
    public string Url(string value = "x") => RouteParameter().Replace(Pattern, value);

    public IReadOnlyList<string> RouteParameters => [.. RouteParameter().Matches(Pattern).Select(m => m.Groups["name"].Value)];

    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>Every operation of the host (fallbacks excluded), one per method.</summary>
    public static IReadOnlyList<ApiOperation> All(TestHost host) =>
    [
        .. host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Order < int.MaxValue - 1)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiOperation(
                method,
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json") ? accepts.RequestType : null))),
    ];

    /// <summary>The operations that read a JSON body.</summary>
    public static IReadOnlyList<ApiOperation> JsonBodies(TestHost host) => [.. All(host).Where(o => o.BodyType is not null)];

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
