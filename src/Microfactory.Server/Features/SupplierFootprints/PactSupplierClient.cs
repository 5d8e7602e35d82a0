using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microfactory.Server.Access;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// The outbound PACT v3 client: a token by OAuth2 client credentials (HTTP Basic) from the token endpoint that the
/// supplier's OpenID discovery document names, or <c>{authBase}/auth/token</c> when it offers none; then
/// <c>GET {base}/3/footprints</c> and every <c>Link: &lt;…&gt;; rel="next"</c> page after it, up to
/// <see cref="SupplierFootprintOptions.MaxPages"/>. Each request has its own timeout and is tried again with exponential
/// backoff (or after the supplier's <c>Retry-After</c>) on 5xx, 429, timeouts and connection errors; a 401 on a page
/// gets one fresh token. Bodies are read up to <see cref="SupplierFootprintOptions.MaxBodyBytes"/>. Every failure is a
/// <see cref="PactPullError"/> naming the URL, the status and the supplier's error code; nothing is thrown for them.
/// </summary>
internal sealed partial class PactSupplierClient(IHttpClientFactory clients, IOptions<SupplierFootprintOptions> options, WallClock clock, ILogger<PactSupplierClient> logger)
{
    /// <summary>The named <see cref="HttpClient"/> (no timeout of its own: each request has <see cref="SupplierFootprintOptions.RequestTimeout"/>); tests give it a handler that trusts their certificate.</summary>
    public const string ClientName = "pact-suppliers";

    private const string DiscoveryPath = ".well-known/openid-configuration";
    private const int MaxTokenLength = 8192;

    private readonly SupplierFootprintOptions _options = options.Value;

    /// <summary>Pulls every footprint the supplier lists for us; <paramref name="secret"/> is the connection's client secret in clear.</summary>
    public async Task<PactPull> PullAsync(PactConnection connection, string secret, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ClientName);
        var footprints = new List<PactPulledFootprint>();
        var errors = new List<PactPullError>();
        var pages = 0;
        string? token = null;
        var refreshed = false;
        Uri? url = new(Under(connection.BaseUrl, "3/footprints") + "?limit=" + _options.PageSize.ToString(CultureInfo.InvariantCulture));
        while (url is not null)
        {
            if (pages == _options.MaxPages)
            {
                errors.Add(new(url.ToString(), null, null, $"Stopped after {_options.MaxPages} pages (Microfactory:Suppliers:MaxPages); the footprints of the pages read are kept."));
                break;
            }
            if (token is null)
            {
                var (issued, tokenError) = await TokenAsync(http, connection, secret, cancellationToken);
                if (tokenError is not null)
                {
                    errors.Add(tokenError);
                    break;
                }
                token = issued;
            }
            var page = url;
            var (reply, failure) = await SendAsync(http, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, page);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Accept.ParseAdd("application/json");
                return request;
            }, cancellationToken);
            if (failure is not null)
            {
                errors.Add(failure);
                break;
            }
            if (reply!.Status == HttpStatusCode.Unauthorized && !refreshed)
            {
                // The token may have expired or been revoked between two pages: one fresh token, then the 401 stands.
                refreshed = true;
                token = null;
                continue;
            }
            if (reply.Status != HttpStatusCode.OK)
            {
                errors.Add(reply.Error(page, "The supplier's footprint list refused the request"));
                break;
            }
            if (!TryReadPage(reply.Body, page, footprints, out var pageError))
            {
                errors.Add(pageError!);
                break;
            }
            pages++;
            (url, var linkError) = NextPage(reply.Headers, connection.BaseUrl, page);
            if (linkError is not null)
            {
                errors.Add(linkError);
            }
        }
        logger.LogInformation("PACT pull from {BaseUrl}: {Count} footprint document(s) on {Pages} page(s), {Errors} error(s)", connection.BaseUrl, footprints.Count, pages, errors.Count);
        return new PactPull(footprints, pages, errors);
    }

    private async Task<(string? Token, PactPullError? Error)> TokenAsync(HttpClient http, PactConnection connection, string secret, CancellationToken cancellationToken)
    {
        var (endpoint, discoveryError) = await TokenEndpointAsync(http, connection.AuthBase, cancellationToken);
        if (discoveryError is not null)
        {
            return (null, discoveryError);
        }
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(connection.ClientId)}:{Uri.EscapeDataString(secret)}"));
        var (reply, failure) = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", basic), Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
        }, cancellationToken);
        if (failure is not null)
        {
            return (null, failure);
        }
        if (reply!.Status != HttpStatusCode.OK)
        {
            return (null, reply.Error(endpoint!, $"The token endpoint refused the client credentials of client '{connection.ClientId}' (check the client id and secret the supplier issued)"));
        }
        var token = reply.JsonString("access_token");
        return token is { Length: > 0 and <= MaxTokenLength }
            ? (token, null)
            : (null, new PactPullError(endpoint!.ToString(), (int)reply.Status, null, "The token endpoint answered 200 without a usable access_token."));
    }

    /// <summary>The discovery document's <c>token_endpoint</c> (an https URL) when the auth base offers one, else <c>{authBase}/auth/token</c>.</summary>
    private async Task<(Uri? Endpoint, PactPullError? Error)> TokenEndpointAsync(HttpClient http, Uri authBase, CancellationToken cancellationToken)
    {
        var fallback = Under(authBase, "auth/token");
        var discovery = Under(authBase, DiscoveryPath);
        var (reply, failure) = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, discovery) { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/json") } } }, cancellationToken);
        if (failure is not null)
        {
            // Unreachable is unreachable: the fallback on the same host would fail the same way, only later.
            return (null, failure);
        }
        if (reply!.Status == HttpStatusCode.OK && reply.JsonString("token_endpoint") is { } named
            && Uri.TryCreate(named, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps)
        {
            return (endpoint, null);
        }
        return (fallback, null);
    }

    /// <summary>One request with its retries; the answer is read whole (bounded) inside the request's timeout.</summary>
    private async Task<(Reply? Reply, PactPullError? Error)> SendAsync(HttpClient http, Func<HttpRequestMessage> make, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = make();
            var url = request.RequestUri!.ToString();
            string failure;
            int? status = null;
            string? code = null;
            TimeSpan? retryAfter = null;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.RequestTimeout);
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    var (body, tooLarge) = await ReadBoundedAsync(response.Content, timeout.Token);
                    if (tooLarge)
                    {
                        return (null, new PactPullError(url, (int)response.StatusCode, null, $"The answer is larger than {_options.MaxBodyBytes} bytes (Microfactory:Suppliers:MaxBodyBytes)."));
                    }
                    var reply = new Reply(response.StatusCode, response.Headers, body);
                    if (!Transient(response.StatusCode))
                    {
                        return (reply, null);
                    }
                    status = (int)response.StatusCode;
                    (code, var message) = reply.ErrorBody();
                    retryAfter = RetryAfter(response.Headers);
                    failure = $"The supplier's host answered {status}{(message is null ? "" : $": {message}")}";
                }
                catch (HttpRequestException exception)
                {
                    failure = $"The supplier's host could not be reached: {exception.Message}";
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = $"The supplier's host did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s (Microfactory:Suppliers:RequestTimeout)";
                }
                catch (IOException exception)
                {
                    failure = $"The connection to the supplier's host broke: {exception.Message}";
                }
            }
            if (attempt >= _options.MaxAttempts)
            {
                return (null, new PactPullError(url, status, code, $"{failure} (gave up after {attempt} attempt{(attempt == 1 ? "" : "s")})."));
            }
            var backoff = _options.RetryBaseDelay * Math.Pow(2, attempt - 1);
            var delay = retryAfter ?? backoff;
            delay = delay > _options.RetryMaxDelay ? _options.RetryMaxDelay : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
            logger.LogWarning("PACT request {Url} failed (attempt {Attempt} of {Max}): {Failure}; trying again in {Delay}", url, attempt, _options.MaxAttempts, failure, delay);
            await clock.DelayAsync(delay, cancellationToken);
        }
    }

    private static bool Transient(HttpStatusCode status) => (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date; null when absent.</summary>
    private TimeSpan? RetryAfter(HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };

    private async Task<(string Body, bool TooLarge)> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxBodyBytes;
        if (content.Headers.ContentLength > limit)
        {
            return ("", true);
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ("", true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), false);
    }

    /// <summary>Adds the elements of the page's <c>data</c> array, each as its own JSON text.</summary>
    private static bool TryReadPage(string body, Uri url, List<PactPulledFootprint> footprints, out PactPullError? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                error = new(url.ToString(), 200, null, "The page is not a PACT ListFootprints answer: it has no 'data' array.");
                return false;
            }
            foreach (var element in data.EnumerateArray())
            {
                footprints.Add(new PactPulledFootprint(element.GetRawText(), url.ToString()));
            }
            return true;
        }
        catch (JsonException exception)
        {
            error = new(url.ToString(), 200, null, $"The page is not well-formed JSON: {exception.Message}");
            return false;
        }
    }

    /// <summary>
    /// The <c>rel="next"</c> link, when there is one. It must be an absolute https URL on the same host and port as the
    /// connection's base URL: our token is never sent anywhere else.
    /// </summary>
    private static (Uri? Next, PactPullError? Error) NextPage(HttpResponseHeaders headers, Uri baseUrl, Uri page)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return (null, null);
        }
        foreach (Match link in LinkValue().Matches(string.Join(",", values)))
        {
            var parameters = link.Groups["params"].Value;
            if (!RelNext().IsMatch(parameters))
            {
                continue;
            }
            var target = link.Groups["url"].Value.Trim();
            if (!Uri.TryCreate(target, UriKind.Absolute, out var next) || next.Scheme != Uri.UriSchemeHttps
                || !string.Equals(next.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase))
            {
                return (null, new PactPullError(page.ToString(), 200, null,
                    $"The next-page link '{(target.Length <= 200 ? target : target[..200] + "…")}' is not an absolute https URL on {baseUrl.Authority}; the pages after it were not read."));
            }
            return (next, null);
        }
        return (null, null);
    }

    /// <summary><paramref name="relative"/> under the base URL's path (a base of https://x/pact gives https://x/pact/3/footprints).</summary>
    private static Uri Under(Uri baseUrl, string relative) => new(new Uri(baseUrl.ToString().TrimEnd('/') + "/"), relative);

    [GeneratedRegex(@"<(?<url>[^>]*)>(?<params>(\s*;\s*[^;,]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkValue();

    [GeneratedRegex(@";\s*rel\s*=\s*(""[^""]*\bnext\b[^""]*""|next\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelNext();

    /// <summary>An answer read whole.</summary>
    private sealed record Reply(HttpStatusCode Status, HttpResponseHeaders Headers, string Body)
    {
        /// <summary>A string property of a JSON object body, or null.</summary>
        public string? JsonString(string name)
        {
            try
            {
                using var document = JsonDocument.Parse(Body, new JsonDocumentOptions { MaxDepth = 16 });
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>The PACT error (<c>code</c>, <c>message</c>) or the OAuth one (<c>error</c>, <c>error_description</c>), cut to a readable length.</summary>
        public (string? Code, string? Message) ErrorBody()
        {
            static string? Cut(string? text) => text is null ? null : text.Length <= 300 ? text : text[..300] + "…";
            return (Cut(JsonString("code") ?? JsonString("error")), Cut(JsonString("message") ?? JsonString("error_description")));
        }

        public PactPullError Error(Uri url, string what)
        {
            var (code, message) = ErrorBody();
            return new PactPullError(url.ToString(), (int)Status, code, $"{what}: HTTP {(int)Status}{(message is null ? "" : $", \"{message}\"")}.");
        }
    }
}
