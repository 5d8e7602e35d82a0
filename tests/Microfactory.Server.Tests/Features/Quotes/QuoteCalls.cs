using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>What the quote tests send and count: a quote request, an accept with a key, rows in the tables.</summary>
internal static class QuoteCalls
{
    public const string PhoneStand = "phone-stand";
    public const string WallShelf = "wall-shelf";

    public static string Body(string? customerId, string template = PhoneStand, int quantity = 1, DateOnly? requestedDate = null, string? parameters = null, string? factoryId = null)
    {
        var fields = new List<string>();
        if (customerId is not null)
        {
            fields.Add($"\"customerId\":\"{customerId}\"");
        }
        if (factoryId is not null)
        {
            fields.Add($"\"factoryId\":\"{factoryId}\"");
        }
        if (requestedDate is { } date)
        {
            fields.Add($"\"requestedDate\":\"{date:yyyy-MM-dd}\"");
        }
        fields.Add($"\"lines\":[{{\"templateId\":\"{template}\",\"templateVersion\":\"1.0.0\",\"quantity\":{quantity},\"parameters\":{parameters ?? "{}"}}}]");
        return "{" + string.Join(",", fields) + "}";
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> CreateAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync("/api/v1/quotes", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.Equal($"/api/v1/quotes/{JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return JsonDocument.Parse(text).RootElement;
    }

    public static Task<HttpResponseMessage> AcceptAsync(HttpClient client, string quoteId, string option, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quoteId}/accept") { Content = Json($$"""{"option":"{{option}}"}""") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }
        return client.SendAsync(request);
    }

    public static JsonElement Option(JsonElement quote, string kind) =>
        quote.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == kind);

    public static async Task<long> CountAsync(TestHost host, string sql)
    {
        await using var connection = await host.Database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>A fingerprint of everything the quote and order tables hold, to show a refused request changed nothing.</summary>
    public static async Task<string> SnapshotAsync(TestHost host) =>
        string.Join("/", await CountAsync(host, "SELECT count(*) FROM quotes"), await CountAsync(host, "SELECT count(*) FROM quote_acceptances"),
            await CountAsync(host, "SELECT count(*) FROM orders"), await CountAsync(host, "SELECT count(*) FROM orders WHERE status = 'Cancelled'"));
}
