using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Oee;

/// <summary>
/// What the OEE tests share: a factory of their own in Hong Kong (UTC+8, no DST) so no other machine's telemetry is in it,
/// machines with chosen calendars, telemetry for them, and the OEE call. Times are Hong Kong wall-clock times in the week
/// of a Monday two to three weeks back, so the telemetry is neither from the future nor too old to be taken.
/// </summary>
internal static class OeeCalls
{
    public static readonly TimeSpan HongKong = TimeSpan.FromHours(8);

    /// <summary>Monday 00:00 Hong Kong time, 14 to 20 days before now.</summary>
    public static DateTimeOffset Monday { get; } = FindMonday();

    /// <summary>Hong Kong wall-clock time <paramref name="day"/> days after <see cref="Monday"/>.</summary>
    public static DateTimeOffset Hk(int day, int hour, int minute = 0) => Monday.AddDays(day).AddHours(hour).AddMinutes(minute);

    public static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    public static async Task<string> NewFactoryAsync(HttpClient admin)
    {
        var factory = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}"))!.AsObject();
        factory.Remove("id");
        factory["name"] = "OEE test works " + Guid.NewGuid().ToString("N")[..8];
        factory["timeZone"] = "Asia/Hong_Kong";
        var created = await admin.PostAsync("/api/v1/factories", JsonContent.Create(factory));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A machine (a copy of the first demo machine) in <paramref name="factoryId"/> with the given shifts (day, start minute, end minute) and downtimes.</summary>
    public static async Task<string> NewMachineAsync(HttpClient admin, string factoryId, string name, (DayOfWeek Day, int Start, int End)[] shifts, params (DateTimeOffset From, DateTimeOffset To, string Reason)[] downtimes)
    {
        var machine = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/machines/{KwunTongDemo.Machines[0].Id}"))!.AsObject();
        var id = "mch_oee_" + Guid.NewGuid().ToString("N")[..12];
        machine["id"] = id;
        machine["factoryId"] = factoryId;
        machine["name"] = name;
        machine["calendar"] = JsonSerializer.SerializeToNode(new
        {
            shifts = shifts.Select(s => new { day = s.Day.ToString().ToLowerInvariant(), startMinute = s.Start, endMinute = s.End }),
            downtimes = downtimes.Select(d => new { startsAt = d.From, endsAt = d.To, reason = d.Reason }),
        }, TestHost.Json);
        var created = await admin.PostAsync("/api/v1/machines", JsonContent.Create(machine));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return id;
    }

    public static object State(string factoryId, string machineId, string state, DateTimeOffset at) =>
        new { factoryId, machineId, kind = "state", id = Guid.NewGuid().ToString("N"), state, at };

    public static object Count(string factoryId, string machineId, long good, long scrap, DateTimeOffset at, string? operationId = null) =>
        new { factoryId, machineId, kind = "count", id = Guid.NewGuid().ToString("N"), good, scrap, at, operationId };

    public static object Energy(string factoryId, string machineId, double kwh, DateTimeOffset at) =>
        new { factoryId, machineId, kind = "energy", id = Guid.NewGuid().ToString("N"), kwh, at };

    public static async Task SendAsync(HttpClient client, params object[] messages)
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", new { messages }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> OeeAsync(HttpClient client, string factoryId, DateTimeOffset from, DateTimeOffset to, string? by = null) =>
        client.GetAsync($"/api/v1/factories/{factoryId}/oee?from={Iso(from)}&to={Iso(to)}" + (by is null ? "" : $"&by={by}"));

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A draft order (off the live plan) for <paramref name="quantity"/> 800 mm wall shelves; the id of its line.</summary>
    public static async Task<string> ShelfLineAsync(TestHost host, HttpClient admin, int quantity)
    {
        var customer = await host.CreateCustomerAsync("OEE shelf buyer");
        var response = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId = customer, factoryId = KwunTongDemo.FactoryId, status = "draft",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("id").GetString()!;
    }

    private static DateTimeOffset FindMonday()
    {
        var local = DateTimeOffset.UtcNow.ToOffset(HongKong).AddDays(-14);
        var date = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        return new DateTimeOffset(date, HongKong);
    }
}
