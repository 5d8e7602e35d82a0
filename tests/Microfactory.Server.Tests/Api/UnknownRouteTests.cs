using System.Net;
using System.Net.Http.Headers;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>Unknown paths: 404 problem+json for API clients and everything under /api, a page in the app's layout for browsers; 405 only where the path exists.</summary>
public sealed class UnknownRouteTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task UnknownApiPath_AnyMethod_Is404Problem(string method)
    {
        using var admin = _host.Admin();
        foreach (var path in new[] { "/api/v1/spaceships", "/api/v1/spaceships/sps_1", "/api/v1/factories/fac_kwun_tong/wings", "/api/v2/factories", "/api/v1/report.json" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8"); // even a browser gets a problem under /api
            if (method is not "GET")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            await ProblemAssert.IsProblemAsync(await admin.SendAsync(request), HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task KnownApiPath_WrongMethod_Is405ProblemNamingTheAllowedMethods()
    {
        using var admin = _host.Admin();
        var response = await admin.DeleteAsync("/api/v1/factories/fac_kwun_tong");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "PUT"], response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var allow) ? allow : []).SelectMany(a => a.Split(", ")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownPage_Browser_GetsTheStyledPageWith404()
    {
        using var client = _host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page?x=1");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/no-such-page", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mf-shell\"", html, StringComparison.Ordinal); // the app's layout
        Assert.Contains("data-status=\"404\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task UnknownPage_ApiClient_Gets404Problem(string? accept)
    {
        using var client = _host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task KnownPagesAndFiles_StillAnswer()
    {
        using var client = _host.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/three/three.module.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
