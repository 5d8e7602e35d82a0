using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>What the telemetry tests share: a machine of their own, batches as JSON, waiting for a state.</summary>
internal static class TelemetryCalls
{
    public static string FactoryId => KwunTongDemo.FactoryId;

    /// <summary>Creates a machine of the demo factory (a copy of the first demo machine) with an id of its own.</summary>
    public static async Task<string> NewMachineAsync(HttpClient admin)
    {
        var machine = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/machines/{KwunTongDemo.Machines[0].Id}"))!.AsObject();
        var id = "mch_t_" + Guid.NewGuid().ToString("N")[..12];
        machine["id"] = id;
        var created = await admin.PostAsync("/api/v1/machines", JsonContent.Create(machine));
        created.EnsureSuccessStatusCode();
        return id;
    }

    public static object State(string machineId, string state, DateTimeOffset at, string? id = null, long? seq = null, string? reason = null) =>
        new { factoryId = FactoryId, machineId, kind = "state", id = seq is null ? id ?? Guid.NewGuid().ToString("N") : null, seq, state, at, reason };

    public static object Count(string machineId, long good, long scrap, DateTimeOffset at, string? id = null, long? seq = null) =>
        new { factoryId = FactoryId, machineId, kind = "count", id = seq is null ? id ?? Guid.NewGuid().ToString("N") : null, seq, good, scrap, at };

    public static object Energy(string machineId, double kwh, DateTimeOffset at, string? id = null) =>
        new { factoryId = FactoryId, machineId, kind = "energy", id = id ?? Guid.NewGuid().ToString("N"), kwh, at };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, params object[] messages) =>
        client.PostAsJsonAsync("/api/v1/telemetry", new { messages }, TestHost.Json);

    public static async Task<JsonElement> StateAsync(HttpClient client, string machineId)
    {
        var response = await client.GetAsync($"/api/v1/machines/{machineId}/state");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the machine's state until <paramref name="done"/> holds (at most <paramref name="within"/>, 10 s by default, so a slow machine does not fail it); the last state seen.</summary>
    public static async Task<JsonElement> WaitForStateAsync(HttpClient client, string machineId, Func<JsonElement, bool> done, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var state = await StateAsync(client, machineId);
            if (done(state) || deadline.Elapsed > limit)
            {
                return state;
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Asserts a 400 problem and returns its errors by field.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Polls until <paramref name="done"/> holds or <paramref name="within"/> passed; whether it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (await done())
            {
                return true;
            }
            await Task.Delay(50);
        }
        return await done();
    }
}
