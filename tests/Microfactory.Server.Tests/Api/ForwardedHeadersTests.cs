using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>Behind a TLS proxy the sign-in cookie is Secure, but only when the proxy is one the server was told to trust.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly Dictionary<string, string> FromTlsProxy = new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "203.0.113.7" };

    [Fact]
    public async Task SignIn_ThroughAKnownProxyOverHttps_IssuesASecureCookieAndHsts()
    {
        await using var host = await TestHost.StartAsync(settings: ["--Microfactory:ForwardedHeaders:KnownProxies:0=127.0.0.1"]);
        var cookie = await SignIn.CookieHeaderAsync(host.Address, "admin@microfactory.local", "admin-password-for-tests", FromTlsProxy);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var client = host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("--Microfactory:ForwardedHeaders:KnownProxies:0=10.9.8.7")]
    [InlineData("--Microfactory:ForwardedHeaders:KnownNetworks:0=192.0.2.0/24")]
    [InlineData("--Microfactory:Seed:Demo=true")]
    public async Task SignIn_WithForwardedHttpsFromAnUntrustedSender_IssuesAPlainCookie(string setting)
    {
        await using var host = await TestHost.StartAsync(settings: [setting]);
        var cookie = await SignIn.CookieHeaderAsync(host.Address, "admin@microfactory.local", "admin-password-for-tests", FromTlsProxy);
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("KnownProxies:0=10.0.0.x", "KnownProxies")]
    [InlineData("KnownNetworks:0=10.0.0.0", "KnownNetworks")]
    public async Task Start_WithAMalformedProxySetting_FailsNamingIt(string setting, string name)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await TestHost.StartAsync(settings: ["--Microfactory:ForwardedHeaders:" + setting]);
        });
        Assert.Contains("Microfactory:ForwardedHeaders:" + name, failure.Message, StringComparison.Ordinal);
    }
}
