using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Tests.Support;
using static Microfactory.Server.Tests.Features.Telemetry.TelemetryCalls;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>The MQTT ingest when things go wrong: no broker, a server that was away, a server killed mid-load.</summary>
public sealed class MqttResilienceTests
{
    private static string At(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Start_WithoutABroker_ServesAndReportsTheBrokerDegraded()
    {
        var port = FreePort.Next(); // nobody listens there
        await using var host = await TestHost.StartAsync("sqlite", true, "--Microfactory:Mqtt:Enabled=true", "--Microfactory:Mqtt:Host=127.0.0.1", $"--Microfactory:Mqtt:Port={port}");
        using var admin = host.Admin();

        Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("mqtt").GetProperty("lastError").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(20)));
        var health = await host.Anonymous().GetAsync("/health");
        var mqtt = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("mqtt");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", mqtt.GetProperty("status").GetString());
        Assert.Contains($"127.0.0.1:{port}", mqtt.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/machines")).StatusCode);
        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats");
        Assert.False(stats.GetProperty("mqtt").GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task Start_BrokerComesLater_ConnectsAndIngests()
    {
        var port = FreePort.Next();
        await using var host = await TestHost.StartAsync("sqlite", true, "--Microfactory:Mqtt:Enabled=true", "--Microfactory:Mqtt:Host=127.0.0.1", $"--Microfactory:Mqtt:Port={port}",
            "--Microfactory:Mqtt:MaxReconnectDelaySeconds=2");
        using var admin = host.Admin();
        var machine = await NewMachineAsync(admin);
        Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("mqtt").GetProperty("lastError").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(20)));

        await using var broker = await MosquittoBroker.StartAsync(port);

        Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("mqtt").GetProperty("connected").GetBoolean(), TimeSpan.FromSeconds(30)), broker.Log);
        await using var publisher = await MqttPublisher.ConnectAsync(broker);
        await publisher.PublishAsync($"mf/{FactoryId}/{machine}/state", $$"""{"id":"late","state":"idle","at":"{{At(DateTimeOffset.UtcNow.AddSeconds(-1))}}"}""");
        var state = await WaitForStateAsync(admin, machine, s => s.GetProperty("state").GetString() == "idle");
        Assert.Equal("idle", state.GetProperty("state").GetString());
        var health = await (await host.Anonymous().GetAsync("/health")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("mqtt").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Restart_MessagesPublishedWhileAway_AreDeliveredAndPoisonIsNotRedelivered()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        var settings = broker.ServerSettings("mf-restart-" + Guid.NewGuid().ToString("N")[..8]);
        await using var publisher = await MqttPublisher.ConnectAsync(broker);
        string machine;
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        await using (var first = await TestHost.StartAsync(database, ownsDatabase: false, seedDemo: true, settings))
        {
            using var admin = first.Admin();
            machine = await NewMachineAsync(admin);
            Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("mqtt").GetProperty("connected").GetBoolean(), TimeSpan.FromSeconds(20)));
            await publisher.PublishAsync($"mf/{FactoryId}/{machine}/count", """{"id":"poison","good":"lots","at":"2026-01-01T00:00:00Z"}""");
            Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("rejected").GetInt64() == 1, TimeSpan.FromSeconds(10)));
            // Batches are committed and acknowledged one after the other: once a later message is stored, the poison was acknowledged.
            await publisher.PublishAsync($"mf/{FactoryId}/{machine}/count", $$"""{"seq":1,"good":1,"scrap":0,"at":"{{At(at)}}"}""");
            Assert.True(await EventuallyAsync(async () => (await first.Service<TelemetryStore>().TotalsAsync(machine, default)).CountMessages == 1, TimeSpan.FromSeconds(10)));
        }

        for (var seq = 2; seq <= 50; seq++)
        {
            await publisher.PublishAsync($"mf/{FactoryId}/{machine}/count", $$"""{"seq":{{seq}},"good":1,"scrap":0,"at":"{{At(at)}}"}""");
        }

        await using var second = await TestHost.StartAsync(database, ownsDatabase: false, seedDemo: true, settings);
        using var again = second.Admin();
        Assert.True(await EventuallyAsync(async () => (await second.Service<TelemetryStore>().TotalsAsync(machine, default)).CountMessages == 50, TimeSpan.FromSeconds(20)), broker.Log);
        var stats = await again.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats");
        Assert.Equal(0, stats.GetProperty("rejected").GetInt64());
        Assert.Equal(new TelemetryTotals(0, 50, 50, 0, 0, 50), await second.Service<TelemetryStore>().TotalsAsync(machine, default));
    }
}
