using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microfactory.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Microfactory.Server.Tests.Features.SupplierFootprints;

/// <summary>
/// A real HTTPS server on 127.0.0.1 in front of a supplier's PACT host: it passes every request on (pagination links
/// rewritten to its own address), except that it can answer the next footprint-list requests with an error status first
/// (a 503 with Retry-After, a 401) and can break one footprint document the way a faulty supplier system would.
/// </summary>
internal sealed class SupplierProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly Uri _target;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    private SupplierProxy(WebApplication app, Uri target)
    {
        _app = app;
        _target = target;
        _upstream = new HttpClient(TestCertificate.Instance.TrustingHandler());
    }

    public Uri Https { get; private set; } = null!;

    /// <summary>The id of a footprint whose <c>specVersion</c> is sent as 2.2.0 (a v2 document on a v3 API).</summary>
    public string? BrokenFootprintId { get; set; }

    /// <summary>When set, /.well-known/openid-configuration is a 404, as on a host that offers no discovery.</summary>
    public bool HideDiscovery { get; set; }

    /// <summary>Every request passed or answered, as "METHOD /path", in order.</summary>
    public IReadOnlyList<string> Seen => [.. _seen];

    /// <summary>The next <paramref name="times"/> requests for /3/footprints are answered with <paramref name="status"/> (and a Retry-After).</summary>
    public void FailNext(int status, int times = 1, string? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>The next <paramref name="times"/> requests for /3/footprints wait <paramref name="delay"/> before they are answered.</summary>
    public void DelayNext(TimeSpan delay, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _delays.Enqueue(delay);
        }
    }

    public static async Task<SupplierProxy> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = X509Certificate2.CreateFromPemFile(TestCertificate.Instance.CertificatePath, TestCertificate.Instance.KeyPath);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var proxy = new SupplierProxy(app, target);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.Https = new Uri(app.Urls.Single());
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _seen.Enqueue($"{context.Request.Method} {path}");
        if (HideDiscovery && path == "/.well-known/openid-configuration")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (path.StartsWith("/3/footprints", StringComparison.Ordinal) && _delays.TryDequeue(out var delay))
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        if (path.StartsWith("/3/footprints", StringComparison.Ordinal) && _failures.TryDequeue(out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }
            await context.Response.WriteAsJsonAsync(new { code = failure.Status == 401 ? "TokenExpired" : "InternalError", message = $"Proxy answers {failure.Status} for the tests." });
            return;
        }
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, path + context.Request.QueryString));
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }
        foreach (var (name, values) in context.Request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values);
            }
        }
        using var response = await _upstream.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (BrokenFootprintId is { } broken && path.StartsWith("/3/footprints", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            var page = JsonNode.Parse(text)!;
            foreach (var footprint in page["data"]!.AsArray().Where(f => (string?)f!["id"] == broken))
            {
                footprint!["specVersion"] = "2.2.0";
            }
            text = page.ToJsonString();
        }
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Headers.TryGetValues("Link", out var links))
        {
            context.Response.Headers.Link = string.Join(",", links).Replace(_target.Authority, Https.Authority, StringComparison.OrdinalIgnoreCase);
        }
        if (response.Headers.RetryAfter is { } retry)
        {
            context.Response.Headers.RetryAfter = retry.ToString();
        }
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await context.Response.WriteAsync(text, Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
