using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using Microfactory.Core.Demo;
using Microfactory.Server.Components.Shopfloor;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Tests.Support;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Tests.Components.Shopfloor;

/// <summary>
/// The dashboard's event stream over a real host: what is current comes first; a burst of state reports becomes one
/// event per machine with the latest; an older report arriving late is not sent; a burst of counts becomes few
/// figures events (one per second at most), the last with every part.
/// </summary>
public sealed class FloorFeedTests : IAsyncLifetime
{
    private static readonly string Laser = KwunTongDemo.Machines[0].Id;
    private static readonly string Router = KwunTongDemo.Machines[3].Id;
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StreamAsync_BurstsOfStatesAndCounts_AreCoalescedAndThrottled()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var factory = (await _host.Service<FactoryStore>().GetAsync(KwunTongDemo.FactoryId, stop.Token))!;
        var events = Channel.CreateUnbounded<SseItem<string>>();
        var reading = Task.Run(async () =>
        {
            await foreach (var item in _host.Service<FloorFeed>().StreamAsync(factory, stop.Token))
            {
                await events.Writer.WriteAsync(item, stop.Token);
            }
        }, stop.Token);

        // First what is current: a state per machine, the day's figures, the alarms, OEE.
        var first = await TakeAsync(events, FloorFeed.OeeEvent, 1, stop.Token);
        Assert.Equal(KwunTongDemo.Machines.Length, first.Count(e => e.EventType == FloorFeed.StateEvent));
        Assert.Equal([FloorFeed.FiguresEvent, FloorFeed.AlarmsEvent, FloorFeed.OeeEvent], first[^3..].Select(e => e.EventType));

        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        var ingest = _host.Service<TelemetryIngest>();
        await ingest.IngestAsync(
        [
            State(Laser, "a", MachineState.Setup, at),
            State(Laser, "b", MachineState.Running, at.AddSeconds(2)),
            State(Laser, "c", MachineState.Idle, at.AddSeconds(1)),
            State(Router, "d", MachineState.Down, at),
        ], TelemetrySources.Http, null, stop.Token);
        var states = (await TakeAsync(events, FloorFeed.StateEvent, 2, stop.Token)).Where(e => e.EventType == FloorFeed.StateEvent).ToList();
        var byMachine = states.Select(e => JsonDocument.Parse(e.Data).RootElement).ToDictionary(e => e.GetProperty("machineId").GetString()!, e => e.GetProperty("state").GetString());
        Assert.Equal(new Dictionary<string, string?> { [Laser] = "running", [Router] = "down" }, byMachine);

        // Older than what the page was sent: nothing. Fifty counts in ten batches: at most a figures event a second.
        await ingest.IngestAsync([State(Laser, "late", MachineState.Off, at.AddSeconds(-10))], TelemetrySources.Http, null, stop.Token);
        var started = DateTimeOffset.UtcNow;
        for (var batch = 0; batch < 10; batch++)
        {
            await ingest.IngestAsync([.. Enumerable.Range(batch * 5, 5).Select(i => (TelemetryMessage)new CountReport(KwunTongDemo.FactoryId, Laser, MessageKey.FromSeq(i), at, 1, 0, null))],
                TelemetrySources.Http, null, stop.Token);
        }
        var received = new List<SseItem<string>>();
        while (!received.Any(e => e.EventType == FloorFeed.FiguresEvent && Good(e) == 50))
        {
            received.AddRange(await TakeAsync(events, FloorFeed.FiguresEvent, 1, stop.Token));
        }
        var elapsed = DateTimeOffset.UtcNow - started;
        var figures = received.Count(e => e.EventType == FloorFeed.FiguresEvent);
        Assert.InRange(figures, 1, (int)(elapsed / FloorFeed.FiguresInterval) + 1);
        Assert.DoesNotContain(received, e => e.EventType == FloorFeed.StateEvent);

        // The late report was never sent: the laser's last state event said running.
        await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (OperationCanceledException)
        {
            // the reader's write was cancelled with the stream
        }
    }

    private static StateReport State(string machine, string key, MachineState state, DateTimeOffset at) =>
        new(KwunTongDemo.FactoryId, machine, MessageKey.FromId(key), at, state, null, null);

    private static long Good(SseItem<string> figures) =>
        JsonDocument.Parse(figures.Data).RootElement.GetProperty("machines").EnumerateArray().Single(m => m.GetProperty("machineId").GetString() == Laser).GetProperty("good").GetInt64();

    // Every event up to and including the count-th of the given type (alarms and OEE come in between as the host reacts).
    private static async Task<List<SseItem<string>>> TakeAsync(Channel<SseItem<string>> events, string type, int count, CancellationToken cancellationToken)
    {
        var items = new List<SseItem<string>>();
        var seen = 0;
        while (seen < count)
        {
            var item = await events.Reader.ReadAsync(cancellationToken);
            items.Add(item);
            seen += item.EventType == type ? 1 : 0;
        }
        return items;
    }
}
