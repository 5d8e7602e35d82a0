using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The minimal outbound PACT call: a client-credentials token from <c>{authBaseUrl}/auth/token</c> (HTTP Basic), then
/// <c>POST {baseUrl}/3/events</c> with the event as <c>application/cloudevents+json</c>. Network errors, timeouts, 5xx,
/// 401, 408 and 429 may pass and are retried by the caller; any other 4xx means the recipient refused the event for good.
/// </summary>
internal sealed class HttpPactEventSender(IHttpClientFactory clients) : IPactEventSender
{
    /// <summary>The named <see cref="HttpClient"/> (30 s per call); tests give it a handler that trusts their certificate.</summary>
    public const string ClientName = "pact-callbacks";

    private const int MaxTokenResponseBytes = 64 * 1024;

    public async Task<PactDelivery> SendAsync(PactCallback callback, string callbackSecret, string cloudEventJson, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ClientName);
        try
        {
            var (token, tokenProblem) = await TokenAsync(http, callback, callbackSecret, cancellationToken);
            if (token is null)
            {
                return tokenProblem!;
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, Under(callback.BaseUrl, "3/events"))
            {
                Content = new StringContent(cloudEventJson, Encoding.UTF8, PactEventTypes.MediaType),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode ? PactDelivery.Success : Classify(response.StatusCode, $"{request.RequestUri} answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException exception)
        {
            return PactDelivery.Retry($"{callback.BaseUrl} could not be reached: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PactDelivery.Retry($"{callback.BaseUrl} did not answer in time");
        }
    }

    private static async Task<(string? Token, PactDelivery? Problem)> TokenAsync(HttpClient http, PactCallback callback, string secret, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Under(callback.AuthBaseUrl, "auth/token"))
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(callback.ClientId)}:{Uri.EscapeDataString(secret)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // A refused token request (wrong credentials) may be fixed by an admin meanwhile: keep trying until the deadline.
            return (null, PactDelivery.Retry($"{request.RequestUri} refused the credentials with {(int)response.StatusCode}"));
        }
        if (response.Content.Headers.ContentLength > MaxTokenResponseBytes)
        {
            return (null, PactDelivery.Retry($"{request.RequestUri} sent a token response over {MaxTokenResponseBytes} bytes"));
        }
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(new LimitedStream(stream, MaxTokenResponseBytes), new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("access_token", out var token)
                && token.ValueKind == JsonValueKind.String && token.GetString() is { Length: > 0 and <= 8192 } value
                ? (value, null)
                : (null, PactDelivery.Retry($"{request.RequestUri} sent no access_token"));
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return (null, PactDelivery.Retry($"{request.RequestUri} sent an unreadable token response: {exception.Message}"));
        }
    }

    private static PactDelivery Classify(HttpStatusCode status, string error) =>
        (int)status >= 500 || status is HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            ? PactDelivery.Retry(error)
            : PactDelivery.Refused(error);

    /// <summary><paramref name="relative"/> under the base URL's path (a base of https://x/pact gives https://x/pact/3/events).</summary>
    private static Uri Under(Uri baseUrl, string relative) => new(new Uri(baseUrl.ToString().TrimEnd('/') + "/"), relative);

    /// <summary>Reads at most a given number of bytes, so a hostile token endpoint cannot make us buffer without end.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Math.Min(count, Room())));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer[..Math.Min(buffer.Length, Room())], cancellationToken));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Room() => _read > limit ? throw new IOException($"more than {limit} bytes") : (int)Math.Min(int.MaxValue, limit - _read + 1);

        private int Count(int n)
        {
            _read += n;
            return _read > limit ? throw new IOException($"more than {limit} bytes") : n;
        }
    }
}
