using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;

namespace Microfactory.Server.Tests.Support;

/// <summary>Reads the live plan over the API and waits for the version a test expects (polling, generous timeout, no timing asserted).</summary>
internal static class PlanWatch
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<JsonElement> GetAsync(HttpClient client, string factoryId = KwunTongDemo.FactoryId)
    {
        var response = await client.GetAsync($"/api/v1/factories/{factoryId}/plan");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
    }

    /// <summary>The first plan (newer than <paramref name="afterVersion"/>) for which <paramref name="until"/> holds.</summary>
    public static async Task<JsonElement> WaitForVersionAsync(HttpClient client, long afterVersion, Func<JsonElement, bool>? until = null, string factoryId = KwunTongDemo.FactoryId)
    {
        var deadline = DateTime.UtcNow + Timeout;
        JsonElement plan = default;
        while (DateTime.UtcNow < deadline)
        {
            plan = await GetAsync(client, factoryId);
            if (plan.GetProperty("version").GetInt64() > afterVersion && (until is null || until(plan)))
            {
                return plan;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No plan version after {afterVersion} met the condition within {Timeout.TotalSeconds} s; last: version {(plan.ValueKind == JsonValueKind.Object ? $"{plan.GetProperty("version").GetInt64()} with {plan.GetProperty("operations").GetArrayLength()} operations" : "none")}.");
    }

    public static long Version(JsonElement plan) => plan.GetProperty("version").GetInt64();

    public static IEnumerable<JsonElement> Operations(JsonElement plan) => plan.GetProperty("operations").EnumerateArray();

    public static IEnumerable<JsonElement> OperationsOf(JsonElement plan, string orderId) => Operations(plan).Where(o => o.GetProperty("orderId").GetString() == orderId);
}
