using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Tests.Support;
using static Microfactory.Server.Tests.Features.Telemetry.TelemetryCalls;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>A real Mosquitto broker and a real server subscribed to it: what a machine publishes becomes the machine's state, once.</summary>
public sealed class MqttIngestTests : IAsyncLifetime
{
    private MosquittoBroker _broker = null!;
    private TestHost _host = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoBroker.StartAsync();
        _host = await TestHost.StartAsync("sqlite", true, _broker.ServerSettings("mf-test-" + Guid.NewGuid().ToString("N")[..8]));
        _admin = _host.Admin();
        Assert.True(await EventuallyAsync(async () => (await StatsAsync()).GetProperty("mqtt").GetProperty("connected").GetBoolean(), TimeSpan.FromSeconds(20)), _broker.Log);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
        await _broker.DisposeAsync();
    }

    private static string At(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Topic(string machine, string kind) => $"mf/{FactoryId}/{machine}/{kind}";

    private async Task<JsonElement> StatsAsync() => await _admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats");

    private async Task<TelemetryTotals> TotalsAsync(string machine) => await _host.Service<TelemetryStore>().TotalsAsync(machine, default);

    [Fact]
    public async Task Publish_StateWithMqttnet_BecomesTheMachineState()
    {
        var machine = await NewMachineAsync(_admin);
        await using var publisher = await MqttPublisher.ConnectAsync(_broker);
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);

        await publisher.PublishAsync(Topic(machine, "state"), $$"""{"id":"s-1","state":"running","at":"{{At(at)}}","operationId":"op_42"}""");

        var state = await WaitForStateAsync(_admin, machine, s => s.GetProperty("state").GetString() == "running");
        Assert.Equal(("running", "mqtt", "op_42"), (state.GetProperty("state").GetString(), state.GetProperty("source").GetString(), state.GetProperty("operationId").GetString()));
    }

    [Fact]
    public async Task Publish_StateWithMosquittoPub_BecomesTheMachineState()
    {
        var machine = await NewMachineAsync(_admin);
        var payload = $$"""{"seq":1,"state":"setup","at":"{{At(DateTimeOffset.UtcNow.AddSeconds(-1))}}","reason":"Changeover"}""";
        var start = new ProcessStartInfo("mosquitto_pub") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-h", _broker.Host, "-p", _broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-q", "1", "-t", Topic(machine, "state"), "-m", payload })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        }

        var state = await WaitForStateAsync(_admin, machine, s => s.GetProperty("state").GetString() == "setup");
        Assert.Equal(("setup", "Changeover"), (state.GetProperty("state").GetString(), state.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Publish_DuplicatesAndOutOfOrder_CountOnceAndKeepTheLatestState()
    {
        var machine = await NewMachineAsync(_admin);
        await using var publisher = await MqttPublisher.ConnectAsync(_broker);
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        var count = Topic(machine, "count");

        await publisher.PublishAsync(count, $$"""{"id":"c-a","good":2,"scrap":1,"at":"{{At(at)}}"}""");
        await publisher.PublishAsync(count, $$"""{"id":"c-a","good":2,"scrap":1,"at":"{{At(at)}}"}""");
        await publisher.PublishAsync(count, $$"""{"seq":5,"good":3,"scrap":0,"at":"{{At(at)}}"}""");
        await publisher.PublishAsync(count, $$"""{"seq":5,"good":3,"scrap":0,"at":"{{At(at)}}"}""");
        await publisher.PublishAsync(count, $$"""{"seq":4,"good":1,"scrap":0,"at":"{{At(at.AddSeconds(-5))}}"}""");
        await publisher.PublishAsync(Topic(machine, "state"), $$"""{"id":"new","state":"down","at":"{{At(at.AddSeconds(30))}}","reason":"Jam"}""");
        await publisher.PublishAsync(Topic(machine, "state"), $$"""{"id":"old","state":"running","at":"{{At(at)}}"}""");
        await publisher.PublishAsync(count, $$"""{"id":"last","good":0,"scrap":0,"at":"{{At(at)}}"}""");

        Assert.True(await EventuallyAsync(async () => (await TotalsAsync(machine)).CountMessages == 4, TimeSpan.FromSeconds(10)));
        var totals = await TotalsAsync(machine);
        Assert.Equal(new TelemetryTotals(2, 4, 6, 1, 0, 6), totals);
        var state = await StateAsync(_admin, machine);
        Assert.Equal(("down", "Jam"), (state.GetProperty("state").GetString(), state.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Publish_HostileMessages_AreCountedAcknowledgedAndChangeNothing()
    {
        var machine = await NewMachineAsync(_admin);
        await using var publisher = await MqttPublisher.ConnectAsync(_broker);
        var at = At(DateTimeOffset.UtcNow.AddSeconds(-1));
        var before = await StatsAsync();

        await publisher.PublishAsync(Topic(machine, "state"), $$"""{"id":"big","state":"down","at":"{{at}}","reason":"{{new string('x', 5000)}}"}""");
        await publisher.PublishAsync(Topic(machine, "state"), """{"id":"broken","state":""");
        await publisher.PublishAsync(Topic(machine, "state"), [0xFF, 0xFE, 0x00, 0x7B]);
        var badUtf8 = System.Text.Encoding.UTF8.GetBytes($$"""{"id":"x?","state":"down","at":"{{at}}"}""");
        badUtf8[Array.IndexOf(badUtf8, (byte)'?')] = 0xFF;
        await publisher.PublishAsync(Topic(machine, "state"), badUtf8);
        await publisher.PublishAsync(Topic(machine, "state"), """{"id":"future","state":"down","at":"2099-01-01T00:00:00Z"}""");
        await publisher.PublishAsync(Topic(machine, "count"), $$"""{"id":"negative","good":-5,"scrap":0,"at":"{{at}}"}""");
        await publisher.PublishAsync(Topic("mch_nowhere", "state"), $$"""{"id":"ghost","state":"down","at":"{{at}}"}""");
        await publisher.PublishAsync($"mf/fac_elsewhere/{machine}/state", $$"""{"id":"moved","state":"down","at":"{{at}}"}""");
        await publisher.PublishAsync(Topic(machine, "temperature"), $$"""{"id":"t","celsius":80,"at":"{{at}}"}""");
        await publisher.PublishAsync(Topic(machine, "state"), $$"""{"id":"fine","state":"idle","at":"{{at}}"}""");

        var state = await WaitForStateAsync(_admin, machine, s => s.GetProperty("state").GetString() == "idle");
        Assert.Equal("idle", state.GetProperty("state").GetString());
        Assert.Equal(new TelemetryTotals(1, 0, 0, 0, 0, 1), await TotalsAsync(machine));
        var after = await StatsAsync();
        Assert.Equal(9, after.GetProperty("rejected").GetInt64() - before.GetProperty("rejected").GetInt64());
        long Delta(string reason) => (after.GetProperty("rejectedByReason").TryGetProperty(reason, out var a) ? a.GetInt64() : 0)
            - (before.GetProperty("rejectedByReason").TryGetProperty(reason, out var b) ? b.GetInt64() : 0);
        Assert.Equal((1L, 3L, 1L, 1L, 2L, 1L), (Delta("oversized"), Delta("malformed"), Delta("fromTheFuture"), Delta("invalid"), Delta("unknownMachine"), Delta("unknownTopic")));
    }
}
