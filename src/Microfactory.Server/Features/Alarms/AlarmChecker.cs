using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Storage;
using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Execution;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// Evaluates one factory's alarms: reads the current picture (machines, their state spells and recent meter readings;
/// the started operations with their planned durations and pauses), lets <see cref="AlarmEvaluator"/> decide against the
/// alarms not yet cleared, stores the decision and tells <see cref="AlarmFeed"/> what really changed. One evaluation at a
/// time per process; the store's unique key and open-condition index keep racing processes from raising twice.
/// </summary>
internal sealed class AlarmChecker(
    AlarmStore alarms, AlarmPictureStore picture, ExecutionStore execution, OrderStore orders, LivePlans plans, AlarmFeed feed, IdFactory ids, TimeProvider time,
    ILogger<AlarmChecker> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The thresholds the rules use.</summary>
    public AlarmSettings Settings { get; } = AlarmSettings.Default;

    /// <summary>Evaluates every factory in turn; one factory's failure is logged and does not stop the others.</summary>
    public async Task CheckAllAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> factoryIds;
        try
        {
            factoryIds = await picture.FactoryIdsAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Alarms could not be evaluated: the factories could not be read");
            return;
        }
        foreach (var factoryId in factoryIds)
        {
            await CheckAsync(factoryId, cancellationToken);
        }
    }

    /// <summary>Evaluates one factory and returns the changes stored (empty when nothing changed or the evaluation failed, which is logged).</summary>
    public async Task<IReadOnlyList<AlarmNotice>> CheckAsync(string factoryId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var open = await alarms.NotClearedAsync(factoryId, cancellationToken);
            var observations = await ObserveAsync(factoryId, now, open, cancellationToken);
            var evaluation = AlarmEvaluator.Evaluate(observations, [.. open.Select(a => a.ToAlarm())], Settings);
            if (!evaluation.IsSuccess)
            {
                logger.LogError("Alarms of {Factory} could not be evaluated: {Error}", factoryId, evaluation.Error);
                return [];
            }
            if (evaluation.Decision.Raise.Count == 0 && evaluation.Decision.Clear.Count == 0)
            {
                return [];
            }
            var notices = await alarms.ApplyAsync(factoryId, evaluation.Decision, () => ids.New(AlarmStore.IdPrefix), cancellationToken);
            feed.Publish(notices);
            foreach (var notice in notices)
            {
                logger.LogInformation("Alarm {Change}: {Kind} on {Machine} ({Alarm})", notice.Change, AlarmKinds.Name(notice.Alarm.Kind), notice.Alarm.MachineId, notice.Alarm.Id);
            }
            return notices;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Alarms of {Factory} could not be evaluated", factoryId);
            return [];
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AlarmObservations> ObserveAsync(string factoryId, DateTimeOffset now, IReadOnlyList<StoredAlarm> open, CancellationToken cancellationToken)
    {
        var nowMs = UnixTime.ToMs(now);
        var fromMs = UnixTime.ToMs(now.AddMinutes(-Settings.EnergyIntervalMinutes));
        var machines = new List<MachineObservation>();
        foreach (var machine in await picture.MachinesAsync(factoryId, cancellationToken))
        {
            // A machine that never reported is off since it was created; a report stamped ahead of the server's clock counts from now.
            var state = machine.State is { } name && MachineStates.TryParse(name, out var parsed) ? parsed : MachineState.Off;
            var sinceMs = Math.Min(nowMs, machine.State is null ? machine.CreatedAtMs : machine.SinceMs);
            var energy = await picture.EnergyAsync(machine.MachineId, fromMs, nowMs, AlarmLimits.MaxSamplesPerMachine, cancellationToken);
            machines.Add(new MachineObservation(machine.MachineId, state, UnixTime.FromMs(sinceMs), machine.IdlePowerKw, machine.WorkingPowerKw,
                [.. energy.Select(e => new EnergySample(UnixTime.FromMs(e.AtMs), e.Kwh))]));
        }
        var watched = open.Where(a => a.OperationId is not null).Select(a => a.OperationId!).ToHashSet(StringComparer.Ordinal);
        var runs = (await execution.RunsOfOpenOrdersAsync(factoryId, cancellationToken)).Values
            .Where(r => r.State is OperationState.Running or OperationState.Paused || watched.Contains(r.OperationId))
            .OrderBy(r => r.OperationId, StringComparer.Ordinal)
            .ToList();
        var operations = new List<OperationObservation>();
        if (runs.Count > 0)
        {
            var planned = await PlannedSecondsAsync(factoryId, cancellationToken);
            foreach (var run in runs)
            {
                var seconds = planned.TryGetValue(run.OperationId, out var inPlan) ? inPlan : await RoutingSecondsAsync(run, cancellationToken);
                if (seconds is not > 0)
                {
                    continue; // nothing to measure it against: not judged (an open alarm about it clears as no longer active)
                }
                var events = await execution.EventsAsync(run.OperationId, cancellationToken);
                operations.Add(new OperationObservation(run.OperationId, run.MachineId, run.State, Min(run.StartedAt, now),
                    Math.Min(seconds.Value, AlarmLimits.MaxPlannedDurationSeconds), Pauses(run, events, now)));
            }
        }
        return new AlarmObservations(now, machines, operations);
    }

    /// <summary>Seconds each operation of the live plan occupies its machine (for started work: setup and run on the machine it runs on).</summary>
    private async Task<Dictionary<string, double>> PlannedSecondsAsync(string factoryId, CancellationToken cancellationToken)
    {
        LivePlanSnapshot? snapshot;
        try
        {
            snapshot = plans.Peek(factoryId) ?? await plans.CurrentAsync(factoryId, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            logger.LogWarning(exception, "No live plan of {Factory} for alarm durations; routing steps are used", factoryId);
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }
        var planned = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var operation in snapshot.Operations())
        {
            planned[operation.OperationId] = (operation.End - operation.Start).TotalSeconds;
        }
        return planned;
    }

    /// <summary>The routing step's setup and run seconds, for work the live plan does not hold (any more).</summary>
    private async Task<double?> RoutingSecondsAsync(OperationRun run, CancellationToken cancellationToken)
    {
        var line = (await orders.GetAsync(run.OrderId, cancellationToken))?.Lines.FirstOrDefault(l => l.Id == run.LineId);
        if (line is null || await plans.RoutingAsync(line, cancellationToken) is not { } routing)
        {
            return null;
        }
        return routing.FirstOrDefault(s => s.Id == run.StepId) is { } step ? Math.Max(0, step.SetupSeconds) + Math.Max(0, step.RunSeconds) : null;
    }

    /// <summary>The operation's pauses from its audit trail: each pause until the resume after it; a paused operation's last pause is open.</summary>
    private static List<OperationPause> Pauses(OperationRun run, IReadOnlyList<OperationEvent> events, DateTimeOffset now)
    {
        var pauses = new List<OperationPause>();
        DateTimeOffset? from = null;
        foreach (var e in events)
        {
            if (e.Action == OperationAction.Pause && from is null)
            {
                from = Min(e.At, now);
            }
            else if (e.Action is OperationAction.Resume or OperationAction.Finish && from is { } start)
            {
                pauses.Add(new OperationPause(start, Max(start, Min(e.At, now))));
                from = null;
            }
        }
        if (run.State == OperationState.Paused)
        {
            pauses.Add(new OperationPause(from ?? Min(run.ChangedAt, now), null));
        }
        else if (from is { } unclosed)
        {
            pauses.Add(new OperationPause(unclosed, Max(unclosed, Min(run.ChangedAt, now))));
        }
        return pauses;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
