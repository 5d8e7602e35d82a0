using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microfactory.Design.Evaluation;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;
using Microfactory.Planning.Timing;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Templates;
using Microsoft.Extensions.Options;
using CoreMachine = Microfactory.Core.Machines.Machine;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// One live plan per factory. <see cref="CurrentAsync"/> answers from memory (the first call loads the newest stored
/// version, or makes and stores the first one); <see cref="NotifyAsync"/> records an event durably and wakes the worker,
/// which repairs the plan (<see cref="Replanner.Repair"/>), stores the version with its KPIs and reason, and tells
/// subscribers (<see cref="WatchAsync"/>). While nothing changes the worker improves the plan once (search, then
/// energy timing). Events other processes record (the CLI) are found by polling.
/// </summary>
internal sealed class LivePlans(
    PlanStore store, OrderStore orders, MachineStore machines, FactoryStore factories, TemplateService templates, ExecutionStore execution, ExecutionTelemetryStore telemetry, IdFactory ids, TimeProvider time,
    IOptions<PlansOptions> options, ILogger<LivePlans> logger)
{
    private readonly ConcurrentDictionary<string, FactoryState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<RoutingStep>?> _routings = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private PlansOptions Options => options.Value;

    /// <summary>The factory's plan in force, from memory; the first call per process loads (or makes) it.</summary>
    /// <exception cref="InvalidOperationException">The factory does not exist or has no machine.</exception>
    public async Task<LivePlanSnapshot> CurrentAsync(string factoryId, CancellationToken cancellationToken)
    {
        var state = State(factoryId);
        if (state.Snapshot is { } snapshot)
        {
            return snapshot;
        }
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            return state.Snapshot ?? await LoadAsync(state, cancellationToken);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    /// <summary>Like <see cref="CurrentAsync"/>, but null for a factory that cannot have a plan (unknown, or without machines).</summary>
    public async Task<LivePlanSnapshot?> CurrentOrNullAsync(string factoryId, CancellationToken cancellationToken)
    {
        try
        {
            return await CurrentAsync(factoryId, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The plan in memory, or null when this process has not loaded it yet.</summary>
    public LivePlanSnapshot? Peek(string factoryId) => _states.TryGetValue(factoryId, out var state) ? state.Snapshot : null;

    /// <summary>Records the event (a <c>plan_events</c> row) and wakes the worker; returns without waiting for the repair.</summary>
    public async Task NotifyAsync(PlanEvent planEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        await store.RecordEventAsync(ids.New("pev"), planEvent, time.GetUtcNow(), cancellationToken);
        if (_states.TryGetValue(planEvent.FactoryId, out var state))
        {
            // A running improvement works on the plan before this event: stop it, the repair comes first.
            state.CancelImprovement();
        }
        _wake.Writer.TryWrite(true);
    }

    /// <summary>Every version stored from now on (by this process), until <paramref name="cancellationToken"/> ends the watch.</summary>
    public async IAsyncEnumerable<PlanNotice> WatchAsync(string factoryId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = State(factoryId);
        var channel = Channel.CreateBounded<PlanNotice>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        state.Subscribe(channel);
        try
        {
            await foreach (var notice in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return notice;
            }
        }
        finally
        {
            state.Unsubscribe(channel);
        }
    }

    /// <summary>Waits until an event is notified in this process or <paramref name="timeout"/> passes.</summary>
    internal async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Pacing only: the poll runs on the real clock even when the business clock is simulated.
        var delay = Task.Delay(timeout, timer.Token);
        var woken = _wake.Reader.WaitToReadAsync(timer.Token).AsTask();
        await Task.WhenAny(delay, woken);
        await timer.CancelAsync();
        _wake.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>One pass of the worker over every factory: repair where events or inputs changed, else improve once when quiet.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var factoryId in await store.FactoryIdsAsync(cancellationToken))
        {
            try
            {
                await ProcessAsync(State(factoryId), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Live plan of {Factory} could not be updated", factoryId);
            }
        }
    }

    private FactoryState State(string factoryId) => _states.GetOrAdd(factoryId, id => new FactoryState(id));

    private async Task ProcessAsync(FactoryState state, CancellationToken cancellationToken)
    {
        LivePlanSnapshot? improveFrom = null;
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            if (state.Snapshot is null)
            {
                if (await HasMachinesAsync(state.FactoryId, cancellationToken))
                {
                    await LoadAsync(state, cancellationToken);
                }
                return;
            }
            var fingerprint = await store.FingerprintAsync(state.FactoryId, cancellationToken);
            if (fingerprint != state.Fingerprint)
            {
                var events = await store.PendingEventsAsync(state.FactoryId, cancellationToken);
                // Work moving on the shop floor (operations started, finished) is folded in at most every ExecutionRefresh
                // of real time, so a busy floor does not store a plan version per move; anything else repairs at once.
                if (events.Count > 0 && events.All(e => IsExecution(e.Kind))
                    && System.Diagnostics.Stopwatch.GetElapsedTime(state.LastVersionTimestamp) < Options.ExecutionRefresh)
                {
                    return;
                }
                await RebuildAsync(state, fingerprint, events, state.Snapshot.Operations().ToList(), null, cancellationToken);
                return;
            }
            var quiet = Options.ImproveAfterQuiet;
            if (quiet > TimeSpan.Zero && !state.Improved && time.GetUtcNow() - state.LastChange >= quiet)
            {
                state.Improved = true;
                improveFrom = state.Snapshot;
            }
        }
        finally
        {
            state.Gate.Release();
        }
        if (improveFrom is not null)
        {
            await ImproveAsync(state, improveFrom, cancellationToken);
        }
    }

    private async Task<bool> HasMachinesAsync(string factoryId, CancellationToken cancellationToken) =>
        (await machines.ListAsync(factoryId, 0, 1, cancellationToken)).Total > 0;

    /// <summary>The newest stored version, made fit for now (new events, time passed); stored again only when that changed it.</summary>
    private async Task<LivePlanSnapshot> LoadAsync(FactoryState state, CancellationToken cancellationToken)
    {
        var fingerprint = await store.FingerprintAsync(state.FactoryId, cancellationToken);
        var stored = await store.NewestVersionAsync(state.FactoryId, cancellationToken);
        var events = await store.PendingEventsAsync(state.FactoryId, cancellationToken);
        return await RebuildAsync(state, fingerprint, events, stored?.Operations ?? [], stored, cancellationToken);
    }

    private async Task<LivePlanSnapshot> RebuildAsync(FactoryState state, string fingerprint, IReadOnlyList<PlanEventRecord> events, IReadOnlyList<PlanOperation> previous,
        StoredVersion? loaded, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var inputs = await InputsAsync(state.FactoryId, previous, cancellationToken);
        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var built = PlanBuilder.Build(inputs);
        var planned = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        foreach (var problem in built.Problems.Where(state.FirstTime))
        {
            logger.LogWarning("Live plan of {Factory}: {Problem}", state.FactoryId, problem);
        }
        state.Fingerprint = fingerprint;
        var before = state.Snapshot;
        var sameAsBefore = SameOperations(built, previous);
        if (events.Count == 0 && sameAsBefore && (before is not null || loaded is not null))
        {
            if (before is null)
            {
                // A restart that changes nothing keeps the stored version.
                state.Snapshot = Snapshot(built, loaded!.Version, loaded.CreatedAt, loaded.Reason, loaded.Events);
                state.LastChange = time.GetUtcNow();
            }
            return state.Snapshot!;
        }
        var reason = events.Count > 0 ? PlanReasons.Describe(events)
            : loaded is not null ? $"Rebuilt at start from version {loaded.Version}: time passed or the orders and machines changed."
            : before is null ? "First plan of the factory."
            : "Orders or machines changed.";
        var now = time.GetUtcNow();
        var version = await store.InsertVersionAsync(state.FactoryId, now, reason, events, built.Kpis, Operations(built), cancellationToken);
        var snapshot = Snapshot(built, version, now, reason, events);
        Publish(state, snapshot);
        logger.LogInformation("Live plan of {Factory}: version {Version} in {Total:0} ms (inputs {Read:0} ms, repair {Repair:0} ms, store {Store:0} ms)", state.FactoryId, version,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, read.TotalMilliseconds, (planned - read).TotalMilliseconds,
            (System.Diagnostics.Stopwatch.GetElapsedTime(started) - planned).TotalMilliseconds);
        await AdvanceOrdersAsync(inputs, built, now, cancellationToken);
        return snapshot;
    }

    /// <summary>Search from the plan in force (cancelled by any new event), then energy timing; kept only when it is better and nothing changed meanwhile.</summary>
    private async Task ImproveAsync(FactoryState state, LivePlanSnapshot from, CancellationToken cancellationToken)
    {
        using var improvement = state.StartImprovement(cancellationToken);
        var nowTick = from.Frame.ToTick(time.GetUtcNow());
        var request = new ReplanRequest(from.Instance, from.Schedule, nowTick, from.Pinned);
        var objective = new Objective { Lexicographic = [ObjectiveTerm.WeightedTardiness, ObjectiveTerm.Makespan] };
        var found = await Task.Run(() =>
        {
            var searched = Replanner.Replan(request, new SolverOptions { TimeLimit = Options.ImproveTimeLimit, Seed = 1, Objective = objective }, null, improvement.Token).Schedule;
            try
            {
                return EnergyTiming.Improve(request with { Current = searched }).Schedule;
            }
            catch (ArgumentException)
            {
                return searched;
            }
        }, CancellationToken.None);
        if (improvement.IsCancellationRequested)
        {
            return;
        }
        var old = ObjectiveEvaluator.Evaluate(from.Instance, from.Schedule);
        var candidate = ObjectiveEvaluator.Evaluate(from.Instance, found);
        if (Compare(candidate, old) >= 0 || Microfactory.Planning.Checking.FeasibilityChecker.Check(from.Instance, found).Count > 0)
        {
            return;
        }
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(state.Snapshot, from))
            {
                return;
            }
            var built = new BuiltPlan(from.Model, from.Instance, found, from.Units, nowTick, from.Pinned,
                PlanBuilder.Frozen(from.Instance, found, nowTick, from.Pinned), PlanKpisCalculator.Compute(from.Model, from.Instance, found, from.Units, nowTick), []);
            var now = time.GetUtcNow();
            var reason = $"Improved while quiet: weighted tardiness {old.WeightedTardiness:0.#} → {candidate.WeightedTardiness:0.#} min, end {from.Frame.ToTime(old.MakespanTicks):u} → {from.Frame.ToTime(candidate.MakespanTicks):u}, energy cost {old.EnergyCost:0.##} → {candidate.EnergyCost:0.##}.";
            var version = await store.InsertVersionAsync(from.FactoryId, now, reason, [], built.Kpis, Operations(built), cancellationToken);
            Publish(state, Snapshot(built, version, now, reason, []), improved: true);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private static int Compare(ObjectiveBreakdown a, ObjectiveBreakdown b)
    {
        var tardiness = Math.Round(a.WeightedTardiness, 6).CompareTo(Math.Round(b.WeightedTardiness, 6));
        if (tardiness != 0)
        {
            return tardiness;
        }
        var makespan = a.MakespanTicks.CompareTo(b.MakespanTicks);
        return makespan != 0 ? makespan : a.EnergyCost.CompareTo(b.EnergyCost);
    }

    private static bool IsExecution(PlanEventKind kind) =>
        kind is PlanEventKind.OperationStarted or PlanEventKind.OperationPaused or PlanEventKind.OperationResumed or PlanEventKind.OperationFinished;

    private void Publish(FactoryState state, LivePlanSnapshot snapshot, bool improved = false)
    {
        state.LastVersionTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        state.Snapshot = snapshot;
        state.LastChange = time.GetUtcNow();
        state.Improved = improved;
        state.Broadcast(new PlanNotice(snapshot.FactoryId, snapshot.Version, snapshot.CreatedAt, snapshot.Reason));
        logger.LogInformation("Live plan of {Factory}: version {Version} ({Operations} operations): {Reason}", snapshot.FactoryId, snapshot.Version, snapshot.Kpis.Operations, snapshot.Reason);
    }

    private static LivePlanSnapshot Snapshot(BuiltPlan built, long version, DateTimeOffset createdAt, string reason, IReadOnlyList<PlanEventRecord> events) =>
        new(built.Instance.Name, version, createdAt, built.Model, built.Instance, built.Schedule, built.Units, built.Kpis)
        {
            Reason = reason, Events = events, NowTick = built.NowTick, Pinned = built.Pinned, Frozen = built.Frozen,
        };

    private static IEnumerable<PlanOperation> Operations(BuiltPlan built) =>
        built.Schedule.Assignments.Select(a => new PlanOperation(built.Units[a.Job].OperationId(a.Operation), built.Model.MachineAt(a.Machine).Id,
            built.Model.Frame.ToTime(a.StartTick), built.Model.Frame.ToTime(a.EndTick)));

    private static bool SameOperations(BuiltPlan built, IReadOnlyList<PlanOperation> previous)
    {
        if (built.Schedule.Assignments.Count != previous.Count)
        {
            return false;
        }
        var before = previous.ToDictionary(p => p.OperationId, StringComparer.Ordinal);
        return Operations(built).All(o => before.TryGetValue(o.OperationId, out var p) && p == o);
    }

    private async Task<PlanInputs> InputsAsync(string factoryId, IReadOnlyList<PlanOperation> previous, CancellationToken cancellationToken)
    {
        var factory = await factories.GetAsync(factoryId, cancellationToken) ?? throw new InvalidOperationException($"No factory with id '{factoryId}'.");
        var all = new List<CoreMachine>();
        for (var offset = 0; ; offset += PageRequest.MaxPageSize)
        {
            var (items, total) = await machines.ListAsync(factoryId, offset, PageRequest.MaxPageSize, cancellationToken);
            all.AddRange(items);
            if (items.Count == 0 || all.Count >= total)
            {
                break;
            }
        }
        if (all.Count == 0)
        {
            throw new InvalidOperationException($"Factory '{factoryId}' has no machine: there is nothing to plan on.");
        }
        // A machine whose telemetry says it is down takes no work until its expected repair (or a little longer while it stays down).
        var now = time.GetUtcNow();
        var down = await telemetry.DownMachinesAsync(factoryId, cancellationToken);
        for (var i = 0; i < all.Count; i++)
        {
            if (down.TryGetValue(all[i].Id, out var since))
            {
                var until = Max(since + Options.DownMachineExpectedRepair, now + Options.DownMachineExtension);
                all[i] = all[i] with { Calendar = all[i].Calendar with { Downtimes = all[i].Calendar.Downtimes.Add(new Core.Time.TimeWindow(since, until, "reported down")) } };
            }
        }
        var open = await orders.ListOpenAsync(factoryId, cancellationToken);
        var routing = new Dictionary<string, IReadOnlyList<RoutingStep>?>(StringComparer.Ordinal);
        foreach (var line in open.SelectMany(o => o.Lines))
        {
            routing[line.Id] = await RoutingAsync(line, cancellationToken);
        }
        var pins = await store.PinsAsync(factoryId, cancellationToken);
        var executed = (await execution.RunsOfOpenOrdersAsync(factoryId, cancellationToken)).Values
            .Select(r => new ExecutedOperation(r.OperationId, r.MachineId, r.State, r.StartedAt, r.ChangedAt, r.RunMs))
            .ToDictionary(r => r.OperationId, StringComparer.Ordinal);
        return new PlanInputs(factory, all, open, routing, pins, previous, now, Options.LabourRatePerHour) { Executed = executed };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A line's routing; designs are cached by template, version and parameters (published versions never change).</summary>
    public async Task<IReadOnlyList<RoutingStep>?> RoutingAsync(Core.Orders.OrderLine line, CancellationToken cancellationToken)
    {
        var key = $"{line.TemplateId}\n{line.TemplateVersion}\n{string.Join('\n', line.Parameters.Select(p => $"{p.Key}={p.Value}"))}";
        if (_routings.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var design = await templates.DesignAsync(line.TemplateId, line.TemplateVersion, line.Parameters, new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        var routing = design.Outcome == ServiceOutcome.Ok ? design.Value!.Routing : null;
        return _routings.GetOrAdd(key, routing);
    }

    private async Task AdvanceOrdersAsync(PlanInputs inputs, BuiltPlan built, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var statuses = inputs.Orders.ToDictionary(o => o.Id, o => o.Status, StringComparer.Ordinal);
        var planned = built.Units.Select(u => u.OrderId).Where(id => statuses[id] is Core.Orders.OrderStatus.Submitted or Core.Orders.OrderStatus.Confirmed).ToHashSet(StringComparer.Ordinal);
        // In production and completed come from the shop floor (ExecutionService), not from planned times.
        await store.AdvanceOrdersAsync(planned, [], now, cancellationToken);
    }

    /// <summary>What this process knows of one factory's plan; <see cref="Gate"/> serialises rebuilds.</summary>
    private sealed class FactoryState(string factoryId)
    {
        private readonly Lock _lock = new();
        private readonly List<Channel<PlanNotice>> _subscribers = [];
        private readonly HashSet<string> _logged = new(StringComparer.Ordinal);
        private CancellationTokenSource? _improvement;

        public string FactoryId { get; } = factoryId;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        private volatile LivePlanSnapshot? _snapshot;

        public LivePlanSnapshot? Snapshot
        {
            get => _snapshot;
            set => _snapshot = value;
        }

        public string? Fingerprint { get; set; }

        /// <summary>True the first time a problem is seen, so each is logged once, not at every rebuild.</summary>
        public bool FirstTime(string problem)
        {
            lock (_lock)
            {
                return _logged.Add(problem);
            }
        }

        public DateTimeOffset LastChange { get; set; }

        /// <summary>When (Stopwatch timestamp, real time) this process last published a version.</summary>
        public long LastVersionTimestamp { get; set; }

        public bool Improved { get; set; }

        public CancellationTokenSource StartImprovement(CancellationToken stopping)
        {
            var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            lock (_lock)
            {
                _improvement = source;
            }
            return source;
        }

        public void CancelImprovement()
        {
            lock (_lock)
            {
                try
                {
                    _improvement?.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The improvement already finished.
                }
                _improvement = null;
            }
        }

        public void Subscribe(Channel<PlanNotice> channel)
        {
            lock (_lock)
            {
                _subscribers.Add(channel);
            }
        }

        public void Unsubscribe(Channel<PlanNotice> channel)
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }

        public void Broadcast(PlanNotice notice)
        {
            lock (_lock)
            {
                foreach (var channel in _subscribers)
                {
                    channel.Writer.TryWrite(notice);
                }
            }
        }
    }
}
