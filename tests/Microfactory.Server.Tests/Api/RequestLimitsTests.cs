using System.Net;
using System.Net.Sockets;
using System.Text;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>Requests over a limit get a problem naming what was too large, and the server keeps answering.</summary>
public sealed class RequestLimitsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Url_OverTheLimit_Is414Problem()
    {
        using var admin = _host.Admin();
        var response = await admin.GetAsync("/api/v1/factories/" + new string('a', 9000));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
        Assert.Equal(HttpStatusCode.OK, (await _host.Admin().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Headers_OverTheLimit_Is431Problem()
    {
        using var admin = _host.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/factories");
        request.Headers.Add("X-Padding", new string('a', 40_000));
        var response = await admin.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.True(problem.GetProperty("errors").TryGetProperty("headers", out _));
        Assert.Equal(HttpStatusCode.OK, (await _host.Admin().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Form_OverTheBodyLimit_Is413Problem()
    {
        using var client = _host.Anonymous();
        var form = "Input.Email=" + new string('a', 5 * 1024 * 1024) + "&Input.Password=x&_handler=login";
        // As curl does for large bodies: wait for "100 Continue" before sending it, so the early refusal can be read.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var response = await client.PostAsync("/login", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous().GetAsync("/health")).StatusCode);
    }

    /// <summary>Far beyond the limits Kestrel answers by itself (status only, connection closed); the server must still answer the next request.</summary>
    [Theory]
    [InlineData(40_000, 0, 414)]
    [InlineData(10, 100_000, 431)]
    public async Task Request_FarOverKestrelsLimits_IsRefusedAndTheServerStillAnswers(int pathLength, int headerLength, int status)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_host.Address.Host, _host.Address.Port);
        var stream = tcp.GetStream();
        var header = headerLength > 0 ? $"X-Padding: {new string('a', headerLength)}\r\n" : "";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /{new string('a', pathLength)} HTTP/1.1\r\nHost: localhost\r\n{header}\r\n"));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        Assert.StartsWith($"HTTP/1.1 {status} ", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous().GetAsync("/health")).StatusCode);
    }
}
