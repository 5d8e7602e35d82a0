using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>Every kind of response carries the security headers, and no Server header.</summary>
public sealed partial class SecurityHeadersTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    public static TheoryData<string, string, string?, string?> Responses => new()
    {
        { "api json", "/api/v1/factories", null, null },
        { "api problem 404", "/api/v1/spaceships", null, null },
        { "api problem 400", "/api/v1/machines?factoryId=a%00b", null, null },
        { "api problem 415", "/api/v1/suppliers", "application/json; charset=bogus", null },
        { "api unauthenticated 401", "/api/v1/orders", null, "anonymous" },
        { "ui page", "/login", null, "anonymous" },
        { "ui redirect", "/machines", null, "anonymous" },
        { "ui error page", "/no-such-page", null, "browser" },
        { "static file", "/app.css", null, "anonymous" },
        { "npm file", "/lib/three/three.module.js", null, "anonymous" },
        { "health", "/health", null, "anonymous" },
        { "openapi", "/openapi/v1.json", null, "anonymous" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_OfEveryKind_CarriesTheSecurityHeaders(string kind, string path, string? contentType, string? client)
    {
        using var http = client is "anonymous" or "browser" ? NoRedirects() : _host.Admin();
        using var request = new HttpRequestMessage(contentType is null ? HttpMethod.Get : HttpMethod.Post, path);
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (client == "browser")
        {
            request.Headers.Accept.ParseAdd("text/html");
        }
        var response = await http.SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{kind}: {(int)response.StatusCode}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"{kind}: Server header {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
        Assert.Null(Header(response, "Strict-Transport-Security")); // plain HTTP, no trusted proxy
    }

    [Fact]
    public async Task ContentSecurityPolicy_AllowsExactlyThePagesImportMapByItsHash()
    {
        using var client = _host.Anonymous();
        var response = await client.GetAsync("/login");
        var html = await response.Content.ReadAsStringAsync();
        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success, "The page has no import map.");
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups["json"].Value))) + "'";
        var csp = Header(response, "Content-Security-Policy")!;
        Assert.Equal($"script-src 'self' {hash}", csp.Split("; ").Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Single(InlineScripts().Matches(html)); // the import map is the only inline script
    }

    private HttpClient NoRedirects() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.Address };

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    [GeneratedRegex("""<script type="importmap">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""")]
    private static partial Regex InlineScripts();
}
