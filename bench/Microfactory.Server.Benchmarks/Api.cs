using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>JSON calls to the server's API with one bearer key; a call that does not answer as expected throws with the problem it got.</summary>
internal sealed class Api(HttpClient client)
{
    public HttpClient Client => client;

    public static HttpClient NewClient(Uri address, string key, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
        var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public async Task<JsonNode> PostAsync(string path, JsonNode body, HttpStatusCode expected = HttpStatusCode.Created, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), Json(body), cancellationToken);
        return await ReadAsync(response, $"POST {path}", expected, cancellationToken);
    }

    public async Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return await ReadAsync(response, $"GET {path}", HttpStatusCode.OK, cancellationToken);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await client.DeleteAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"DELETE {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, string call, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{call} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        }
        return JsonNode.Parse(text) ?? throw new JsonException($"{call} answered an empty body");
    }
}
