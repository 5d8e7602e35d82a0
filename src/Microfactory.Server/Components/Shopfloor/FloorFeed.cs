using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microfactory.Core.Factories;
using Microfactory.Server.Access;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The shop-floor dashboard's server push, for one factory:
/// <list type="bullet">
/// <item><c>state</c> per machine whose state changed, at once (coalesced over what arrived together: the latest report per machine);</item>
/// <item><c>figures</c> (the day's counts and energy) at most once per <see cref="FiguresInterval"/> while counts or energy arrive;</item>
/// <item><c>oee</c> at most once per <see cref="OeeInterval"/> while states or counts arrive (OEE reads whole windows);</item>
/// <item><c>alarms</c> (the list of alarms still true) whenever one of the factory's alarms is raised, cleared or acknowledged.</item>
/// </list>
/// It subscribes to <see cref="TelemetryFeed"/> and <see cref="AlarmFeed"/> before it reads what is current, which it
/// sends first, so nothing falls between the page's render and the stream. Every pace is people's time (<see cref="WallClock"/>).
/// </summary>
internal sealed class FloorFeed(TelemetryFeed feed, AlarmFeed alarmFeed, FloorBoard board, FloorOee oee, FloorAlarms alarms, WallClock clock)
{
    public const string StateEvent = "state";
    public const string FiguresEvent = "figures";
    public const string OeeEvent = "oee";
    public const string AlarmsEvent = "alarms";

    /// <summary>Least time between two <c>figures</c> events.</summary>
    public static readonly TimeSpan FiguresInterval = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two <c>oee</c> events.</summary>
    public static readonly TimeSpan OeeInterval = TimeSpan.FromSeconds(5);

    /// <summary>Unread messages one open page may fall behind by before the oldest are dropped (then its figures are read again anyway).</summary>
    private const int Capacity = 5_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The factory's events until <paramref name="cancellationToken"/> ends (the request, or the server stopping).</summary>
    public async IAsyncEnumerable<SseItem<string>> StreamAsync(Factory factory, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = feed.Subscribe(Capacity);
        using var alarmSubscription = alarmFeed.Subscribe(AlarmFeed.DefaultCapacity);
        var machines = await board.MachinesAsync(factory.Id, cancellationToken);
        var known = machines.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        // What the page was sent last per machine: an older report arriving late does not undo a newer one.
        var shown = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var machine in machines)
        {
            if (await board.TileAsync(machine.Id, cancellationToken) is { } tile)
            {
                // Before its first report a machine is off since its creation: any report, however old, is newer than that.
                shown[machine.Id] = tile.Source is null ? DateTimeOffset.MinValue : tile.Since ?? DateTimeOffset.MinValue;
                yield return Item(StateEvent, tile);
            }
        }
        yield return Item(FiguresEvent, await board.FiguresAsync(factory, machines, cancellationToken));
        yield return Item(AlarmsEvent, await alarms.ActiveAsync(factory.Id, machines, cancellationToken));
        // OEE too, so that a page reconnecting after an outage is whole again at once.
        yield return Item(OeeEvent, await oee.FiguresAsync(factory, cancellationToken));

        var figures = new Pace(FiguresInterval, clock.GetUtcNow());
        var ratios = new Pace(OeeInterval, clock.GetUtcNow());
        var alarmsDue = false;
        var pending = new Dictionary<string, (StateReport Report, string Source)>(StringComparer.Ordinal);
        Task<bool>? telemetryReady = null;
        Task<bool>? alarmsReady = null;
        while (true)
        {
            try
            {
                telemetryReady ??= subscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
                alarmsReady ??= alarmSubscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
                var now = clock.GetUtcNow();
                var wait = new[] { figures.Wait(now), ratios.Wait(now) }.Where(w => w is not null).Min();
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                Task[] waits = wait is { } delay ? [telemetryReady, alarmsReady, clock.DelayAsync(delay, stop.Token)] : [telemetryReady, alarmsReady];
                await Task.WhenAny(waits);
                await stop.CancelAsync();
                if (telemetryReady.IsCompleted)
                {
                    if (!await telemetryReady)
                    {
                        yield break; // the feed is done: the server stops
                    }
                    telemetryReady = null;
                }
                if (alarmsReady.IsCompleted)
                {
                    if (!await alarmsReady)
                    {
                        yield break;
                    }
                    alarmsReady = null;
                }
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            var dropped = subscription.Dropped;
            while (subscription.Reader.TryRead(out var item))
            {
                if (item.Message.FactoryId != factory.Id || !known.Contains(item.Message.MachineId))
                {
                    continue; // another factory's, or a machine added since the stream began (the page learns of it on its next load)
                }
                switch (item.Message)
                {
                    case StateReport state:
                        ratios.Due = true;
                        if (state.At >= shown.GetValueOrDefault(state.MachineId, DateTimeOffset.MinValue)
                            && (!pending.TryGetValue(state.MachineId, out var earlier) || state.At >= earlier.Report.At))
                        {
                            pending[state.MachineId] = (state, item.Source);
                        }
                        break;
                    case CountReport:
                        figures.Due = ratios.Due = true;
                        break;
                    case EnergyReport:
                        figures.Due = true;
                        break;
                }
            }
            // Dropped messages (a page far behind) may have held anything: everything is read again.
            if (subscription.Dropped != dropped)
            {
                figures.Due = ratios.Due = true;
            }
            while (alarmSubscription.Reader.TryRead(out var notice))
            {
                alarmsDue |= notice.Alarm.FactoryId == factory.Id;
            }

            var items = new List<SseItem<string>>();
            foreach (var (state, source) in pending.Values)
            {
                shown[state.MachineId] = state.At;
                items.Add(Item(StateEvent, new FloorTile(state.MachineId, MachineStates.Name(state.State), state.At, state.OperationId, FloorBoard.OperationLabel(state.OperationId), state.Reason, source)));
            }
            pending.Clear();
            try
            {
                if (alarmsDue)
                {
                    alarmsDue = false;
                    items.Add(Item(AlarmsEvent, await alarms.ActiveAsync(factory.Id, machines, cancellationToken)));
                }
                if (figures.Take(clock.GetUtcNow()))
                {
                    items.Add(Item(FiguresEvent, await board.FiguresAsync(factory, machines, cancellationToken)));
                }
                if (ratios.Take(clock.GetUtcNow()))
                {
                    items.Add(Item(OeeEvent, await oee.FiguresAsync(factory, cancellationToken)));
                }
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static SseItem<string> Item<T>(string type, T value) => new(JsonSerializer.Serialize(value, Json), type);

    // One throttled event: due when something changed, sent at most once per interval.
    private sealed class Pace(TimeSpan interval, DateTimeOffset last)
    {
        private DateTimeOffset _last = last;

        public bool Due { get; set; }

        // How long until a due event may go; null when none is due.
        public TimeSpan? Wait(DateTimeOffset now) => Due ? Max(TimeSpan.Zero, interval - (now - _last)) : null;

        public bool Take(DateTimeOffset now)
        {
            if (!Due || now - _last < interval)
            {
                return false;
            }
            (Due, _last) = (false, now);
            return true;
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }
}
