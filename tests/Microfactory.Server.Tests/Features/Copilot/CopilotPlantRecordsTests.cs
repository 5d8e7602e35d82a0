using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>
/// What the evaluation over the demo plant found, on both engines: answers read the machines' own history (a breakdown
/// and scrap the machine reported), show times in the factory's zone, name the suppliers behind a footprint, and know the
/// products by their Chinese everyday names.
/// </summary>
public sealed class CopilotPlantRecordsTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    private const string Router = "mch_cnc_router_1";
    private static readonly TimeZoneInfo HongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_BreakdownAndScrapTheRouterReported_AnswersFromItsHistoryInFactoryTime(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        using var planner = await host.UserAsync("planner");
        // Today in Hong Kong: down for 8 minutes, 2 parts scrapped just after it came back.
        var now = DateTimeOffset.UtcNow;
        var midnight = new DateTimeOffset(TimeZoneInfo.ConvertTime(now, HongKong).Date, HongKong.BaseUtcOffset);
        var down = new DateTimeOffset(Math.Max((now - TimeSpan.FromMinutes(20)).UtcTicks, midnight.AddSeconds(10).UtcTicks), TimeSpan.Zero);
        var up = down.AddMinutes(8);
        var batch = new
        {
            messages = new object[]
            {
                new { factoryId = KwunTongDemo.FactoryId, machineId = Router, kind = "state", id = Guid.NewGuid().ToString("N"), state = "down", at = down },
                new { factoryId = KwunTongDemo.FactoryId, machineId = Router, kind = "state", id = Guid.NewGuid().ToString("N"), state = "idle", at = up },
                new { factoryId = KwunTongDemo.FactoryId, machineId = Router, kind = "count", id = Guid.NewGuid().ToString("N"), good = 3, scrap = 2, at = up.AddMinutes(1) },
            },
        };
        (await admin.PostAsJsonAsync("/api/v1/telemetry", batch, TestHost.Json)).EnsureSuccessStatusCode();

        var history = await AskAsync(planner, "downtime of the cnc router today");
        var state = await AskAsync(planner, "what is the cnc router doing?");
        var scrap = await AskAsync(planner, "why so much scrap on the cnc router today?");

        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, HongKong).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = history.GetProperty("answer").GetString()!;
        Assert.Contains($"{Local(down)}–{Local(up)} CNC router 1: breakdown reported by the machine", text, StringComparison.Ordinal);
        Assert.Contains(history.GetProperty("citations").EnumerateArray(), c => c.GetProperty("kind").GetString() == "downtime");
        Assert.Contains($"CNC router 1 is idle since {Local(up)}", state.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("draft", scrap.GetProperty("kind").GetString());
        Assert.Contains("2 parts scrapped in 1 reports", scrap.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("2 of the 2 scrapped parts were reported within 4 h after a downtime", scrap.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_WhichSupplierDrivesTheShelfInBothLanguages_NamesTheSupplierByItsChineseProductName(string engine)
    {
        using var planner = await fixture.Host(engine).UserAsync("planner");

        var english = await AskAsync(planner, "which supplier drives the footprint of the wall shelf?");
        var chinese = await AskAsync(planner, "壁架的碳足跡主要來自哪個供應商？");

        foreach (var answer in new[] { english, chinese })
        {
            Assert.Equal("answer", answer.GetProperty("kind").GetString());
            Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("kind").GetString() == "footprint");
            Assert.DoesNotContain("names a supplier", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        }
        Assert.Contains("The supplier that drives it is Kwun Tong Metals", english.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("影響最大的供應商是 Kwun Tong Metals", chinese.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string message)
    {
        var response = await client.PostAsJsonAsync("/api/v1/copilot/messages", new { message }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
