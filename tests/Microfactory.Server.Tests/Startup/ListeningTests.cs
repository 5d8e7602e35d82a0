using System.Net;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Startup;

/// <summary>
/// The real process: the standard ways of naming an address are honoured (http://localhost:5080 only when none is
/// given), and "Now listening on …" can be read: plain on a terminal, one JSON object per line otherwise, or as configured.
/// </summary>
public sealed class ListeningTests
{
    [Fact]
    public async Task AspNetCoreUrls_IsWhereTheServerListens()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([], new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Contains($"http://127.0.0.1:{port}", line, StringComparison.Ordinal);
        await AssertAnswersAsync(port);
    }

    [Fact]
    public async Task AspNetCoreHttpPorts_IsWhereTheServerListens()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([], new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Contains($":{port}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("5080", line, StringComparison.Ordinal);
        await AssertAnswersAsync(port);
    }

    [Fact]
    public async Task UrlsOnTheCommandLine_WinOverTheEnvironment()
    {
        var (port, other) = (FreePort.Next(), FreePort.Next());
        using var server = ServerConsole.Start([$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{other}" });
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Contains($"http://127.0.0.1:{port}", line, StringComparison.Ordinal);
        await AssertAnswersAsync(port);
    }

    [Fact]
    public async Task NoAddressGiven_ListensOnLocalhost5080()
    {
        using var server = ServerConsole.Start([], new Dictionary<string, string>());
        // Another program may hold 5080 on this machine: then the server says it could not bind there, which names the default just as well.
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal) || l.Contains("Failed to bind to address", StringComparison.Ordinal));
        Assert.Contains("http://localhost:5080", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputRedirected_LogsOneJsonObjectPerLine()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string>());
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        var entry = JsonDocument.Parse(line).RootElement;
        Assert.Equal($"Now listening on: http://127.0.0.1:{port}", entry.GetProperty("Message").GetString());
    }

    [Fact]
    public async Task FormatterConfigured_IsUsedEvenWhenRedirected()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "simple" });
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.False(line.TrimStart().StartsWith('{'), line);
        Assert.EndsWith($"Now listening on: http://127.0.0.1:{port}", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnATerminal_LogsPlainText()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string>(), terminal: true);
        var line = await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Message\"", line, StringComparison.Ordinal);
        Assert.Contains($"Now listening on: http://127.0.0.1:{port}", line, StringComparison.Ordinal);
        await AssertAnswersAsync(port);
    }

    [Fact]
    public async Task FrameworkForwardedHeadersVariable_MakesTheSignInCookieSecureBehindTls()
    {
        var port = FreePort.Next();
        using var server = ServerConsole.Start([$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string> { ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true" });
        await server.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
        var cookie = await SignIn.CookieHeaderAsync(new Uri($"http://127.0.0.1:{port}"), "admin@microfactory.local", ServerProcess.AdminPassword,
            new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task AssertAnswersAsync(int port)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
