using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;
using Xunit.Abstractions;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>
/// The server as a real process, killed with SIGKILL while it takes a stream of QoS 1 messages: every message the broker
/// accepted from the publisher must end up stored exactly once after a restart (the broker redelivers what we had not
/// acknowledged, the ledger recognises what we had committed but not acknowledged).
/// </summary>
public sealed class MqttKillTests(ITestOutputHelper output)
{
    private const int Messages = 6000;

    [Fact]
    public async Task Kill9_MidLoad_EveryAcceptedMessageIsStoredExactlyOnce()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        var work = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var environment = broker.ServerEnvironment("mf-kill-" + Guid.NewGuid().ToString("N")[..8]);
        string[] machines = [.. KwunTongDemo.Machines.Take(3).Select(m => m.Id)];
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var server = await ServerProcess.StartAsync(database.ConnectionString, work, environment);
        var published = 0;
        int publishedAtKill;
        long acceptedAtKill;
        await using (var publisher = await MqttPublisher.ConnectAsync(broker))
        {
            using (var client = server.Client())
            {
                Assert.True(await TelemetryCalls.EventuallyAsync(async () => (await StatsAsync(client)).GetProperty("mqtt").GetProperty("connected").GetBoolean(), TimeSpan.FromSeconds(30)), broker.Log);
                var publishing = Task.Run(async () =>
                {
                    for (var i = 0; i < Messages; i++)
                    {
                        var machine = machines[i % machines.Length];
                        await publisher.PublishAsync($"mf/{KwunTongDemo.FactoryId}/{machine}/count", $$"""{"seq":{{i / machines.Length}},"good":1,"scrap":0,"at":"{{at}}"}""");
                        Interlocked.Increment(ref published);
                    }
                });
                var accepted = 0L;
                while (accepted < Messages / 5 && !publishing.IsCompleted)
                {
                    accepted = (await StatsAsync(client)).GetProperty("accepted").GetInt64();
                    await Task.Delay(10);
                }
                publishedAtKill = Volatile.Read(ref published);
                acceptedAtKill = accepted;
                server.Kill();
                server.Dispose();
                await publishing; // the rest is published while the server is down
            }
        }
        output.WriteLine($"Killed with {acceptedAtKill} committed of {publishedAtKill} published; {Messages} published in all.");
        Assert.True(publishedAtKill < Messages, "The publisher had finished before the kill: the test did not kill mid-load.");

        using var restarted = await ServerProcess.StartAsync(database.ConnectionString, work, environment);
        await using var db = new Database(database.ConnectionString);
        var store = new TelemetryStore(db);
        async Task<long> StoredAsync()
        {
            long total = 0;
            foreach (var machine in machines)
            {
                total += (await store.TotalsAsync(machine, default)).CountMessages;
            }
            return total;
        }
        var complete = await TelemetryCalls.EventuallyAsync(async () => await StoredAsync() >= Messages, TimeSpan.FromSeconds(60));
        Assert.True(complete, $"Only {await StoredAsync()} of {Messages} messages stored after the restart.");
        await Task.Delay(500); // anything redelivered late would show as an extra row now
        foreach (var machine in machines)
        {
            var totals = await store.TotalsAsync(machine, default);
            Assert.Equal(new TelemetryTotals(0, Messages / 3, Messages / 3, 0, 0, Messages / 3), totals);
        }
        await using var connection = await db.OpenAsync();
        var distinct = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT count(*) FROM (SELECT DISTINCT machine_id, message_key FROM machine_counts) AS keys");
        Assert.Equal(Messages, distinct);
        using var after = restarted.Client();
        output.WriteLine($"After the restart: {(await StatsAsync(after)).GetRawText()}");
    }

    private static async Task<JsonElement> StatsAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats");
}
