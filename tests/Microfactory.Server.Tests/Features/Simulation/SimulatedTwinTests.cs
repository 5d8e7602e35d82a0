using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Simulation;

/// <summary>
/// The demo factory produces by itself: with the simulated twin on (here an hour of factory time per real second),
/// simulated customers order, the live plan plans, the simulated machines report through the telemetry ingest, and
/// units come out complete with as-built records; the factory's clock is saved and a restart continues it.
/// </summary>
public sealed class SimulatedTwinTests
{
    [Fact]
    public async Task Twin_DemoFactory_ProducesUnitsByItselfAndItsClockSurvivesARestart()
    {
        var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        string[] settings =
        [
            "--Microfactory:Simulation:Enabled=true", "--Microfactory:Simulation:SpeedUp=3600", "--Microfactory:Simulation:OrdersPerDay=60",
            "--Microfactory:Simulation:StepInterval=00:00:00.200", "--Microfactory:Plans:PollInterval=00:00:00.200", "--Microfactory:Plans:ExecutionRefresh=00:00:01",
        ];
        DateTimeOffset factoryTime;
        await using (var host = await TestHost.StartAsync(database, ownsDatabase: false, seedDemo: true, settings))
        {
            using var admin = host.Admin();
            var clock = Stopwatch.StartNew();
            JsonElement? completed = null;
            while (completed is null && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(1000);
                var orders = await admin.GetFromJsonAsync<JsonElement>("/api/v1/orders?pageSize=200", TestHost.Json);
                foreach (var order in orders.GetProperty("items").EnumerateArray().Where(o => o.GetProperty("status").GetString() is "inProduction" or "completed"))
                {
                    var full = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.GetProperty("id").GetString()}", TestHost.Json);
                    if (full.GetProperty("units").EnumerateArray().FirstOrDefault(u => u.GetProperty("status").GetString() == "completed") is { ValueKind: JsonValueKind.Object } unit)
                    {
                        completed = unit;
                        break;
                    }
                }
            }
            Assert.True(completed is not null, "no unit was completed by the simulated twin within two minutes");
            var record = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{completed.Value.GetProperty("serial").GetString()}", TestHost.Json);
            var operations = record.GetProperty("asBuilt").GetProperty("operations").EnumerateArray().ToList();
            Assert.NotEmpty(operations);
            Assert.All(operations, o => Assert.True(o.GetProperty("end").GetDateTimeOffset() > o.GetProperty("start").GetDateTimeOffset()));
            var machine = operations[0].GetProperty("machineId").GetString();
            var state = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/machines/{machine}/state", TestHost.Json);
            Assert.Equal("simulation", state.GetProperty("source").GetString());
            factoryTime = state.GetProperty("since").GetDateTimeOffset();
            await Task.Delay(5500); // the twin saves its clock every 5 s
        }

        await using (var again = await TestHost.StartAsync(database, ownsDatabase: true, seedDemo: true, settings))
        {
            using var admin = again.Admin();
            var plan = await admin.GetFromJsonAsync<JsonElement>("/api/v1/factories/fac_kwun_tong/plan", TestHost.Json);
            // The factory's time went on from the saved clock: hours ahead of the real clock, never back.
            Assert.True(plan.GetProperty("createdAt").GetDateTimeOffset() >= factoryTime, $"plan made at {plan.GetProperty("createdAt")} before the factory time {factoryTime:O} of the last run");
        }
    }

    [Fact]
    public async Task Twin_WithABroker_ReportsOverMqttLikeARealMachine()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        await using var host = await TestHost.StartAsync(database, ownsDatabase: true, seedDemo: true,
        [
            .. broker.ServerSettings("mf-twin-" + Guid.NewGuid().ToString("N")[..8]),
            "--Microfactory:Simulation:Enabled=true", "--Microfactory:Simulation:SpeedUp=3600", "--Microfactory:Simulation:OrdersPerDay=60",
            "--Microfactory:Simulation:StepInterval=00:00:00.200", "--Microfactory:Plans:PollInterval=00:00:00.200", "--Microfactory:Plans:ExecutionRefresh=00:00:01",
        ]);
        using var admin = host.Admin();
        var clock = Stopwatch.StartNew();
        JsonElement state = default;
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(500);
            state = await admin.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_fdm_1/state", TestHost.Json);
            if (state.GetProperty("source").GetString() == "mqtt" && state.GetProperty("state").GetString() is "running" or "idle" or "down")
            {
                break;
            }
        }

        // The twin's reports came back in through the broker and the MQTT ingest (source mqtt), and moved operations.
        Assert.Equal("mqtt", state.GetProperty("source").GetString());
        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats", TestHost.Json);
        Assert.True(stats.GetProperty("accepted").GetInt64() > 0, stats.ToString());
    }
}
