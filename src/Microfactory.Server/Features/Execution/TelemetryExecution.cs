using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Shopfloor.Execution;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Server.Features.Execution;

/// <summary>
/// Machines move their operations through telemetry: a state report that names an operation starts it (running or
/// setup), pauses it (down), resumes it (running again) or finishes it (idle or off, with the parts counted for it). A
/// machine going down or coming back tells the live plan, which moves work off it or back. The reports are read from
/// <c>machine_state_changes</c> in commit order behind a cursor — the feed only wakes the reader — so none is missed
/// however far behind it falls; at start it replays <see cref="ReplayWindow"/> (a crash between a commit and its
/// move). A report no newer than the operation's last change is skipped, so reading one twice moves nothing twice.
/// </summary>
internal sealed class TelemetryExecution(
    TelemetryFeed feed, ExecutionService execution, ExecutionStore runs, ExecutionTelemetryStore telemetry, LivePlans plans, TimeProvider time,
    ILogger<TelemetryExecution> logger) : BackgroundService
{
    /// <summary>How far back the start-up replay reads state reports.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromDays(2);

    private const int ReadBatch = 500;

    private readonly Dictionary<string, MachineState> _lastState = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(capacity: 1);
        try
        {
            var cursor = await telemetry.IdBeforeAsync(Storage.UnixTime.ToMs(time.GetUtcNow() - ReplayWindow), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var reports = await telemetry.StateReportsAfterAsync(cursor, ReadBatch, stoppingToken);
                foreach (var report in reports)
                {
                    await OnStateAsync(report, stoppingToken);
                    cursor = report.Id;
                }
                if (reports.Count < ReadBatch)
                {
                    // Caught up: wait for the next commit (or a second, for reports another process committed).
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    wait.CancelAfter(TimeSpan.FromSeconds(1));
                    try
                    {
                        await subscription.Reader.WaitToReadAsync(wait.Token);
                        while (subscription.Reader.TryRead(out _))
                        {
                        }
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task OnStateAsync(OperationStateReport report, CancellationToken cancellationToken)
    {
        if (!MachineStates.TryParse(report.State, out var state))
        {
            return;
        }
        try
        {
            if (report.OperationId is { } operationId)
            {
                await MoveAsync(operationId, report.MachineId, state, Storage.UnixTime.FromMs(report.AtMs), report.Reason, report.Source, cancellationToken);
            }
            var wasDown = _lastState.GetValueOrDefault(report.MachineId) == MachineState.Down;
            _lastState[report.MachineId] = state;
            if ((state == MachineState.Down) != wasDown)
            {
                await plans.NotifyAsync(new PlanEvent(report.FactoryId, state == MachineState.Down ? PlanEventKind.MachineDown : PlanEventKind.MachineUp, report.MachineId, null),
                    cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Telemetry of {Machine} could not move its operation", report.MachineId);
        }
    }

    private async Task MoveAsync(string operationId, string machineId, MachineState state, DateTimeOffset at, string? reason, string source, CancellationToken cancellationToken)
    {
        var run = await runs.RunAsync(operationId, cancellationToken);
        if (run is not null && at <= run.ChangedAt)
        {
            return;
        }
        var current = run?.State ?? OperationState.Released;
        var moveSource = source == TelemetrySources.Simulation ? ExecutionService.SimulationSource : ExecutionService.TelemetrySource;
        OperationAction? action = (state, current) switch
        {
            (MachineState.Running or MachineState.Setup, OperationState.Released) => OperationAction.Start,
            (MachineState.Running or MachineState.Setup, OperationState.Paused) => OperationAction.Resume,
            (MachineState.Down, OperationState.Running) => OperationAction.Pause,
            (MachineState.Idle or MachineState.Off, OperationState.Running or OperationState.Paused) => OperationAction.Finish,
            _ => null,
        };
        int? good = null, scrap = null;
        if (action is null)
        {
            return;
        }
        if (action == OperationAction.Finish)
        {
            var counted = await telemetry.CountsOfOperationAsync(operationId, cancellationToken);
            if (counted.Good < 1)
            {
                logger.LogWarning("{Machine} reports {Operation} ended without a good part counted ({Scrap} scrap); it stays open for an operator", machineId, operationId, counted.Scrap);
                return;
            }
            // One good part is the unit's; more good ones than that are surplus, counted with the scrap (they are not the unit).
            (good, scrap) = (1, (int)Math.Min(int.MaxValue, counted.Scrap + counted.Good - 1));
        }
        var details = new MoveDetails(at, action == OperationAction.Start ? machineId : null, state == MachineState.Down ? reason ?? "machine down" : null, good, scrap, moveSource, null);
        var result = await execution.ApplyAsync(operationId, action.Value, details, cancellationToken);
        if (result.Outcome != Application.ServiceOutcome.Ok)
        {
            logger.LogWarning("{Machine} reports {State} for {Operation}; the move ({Action}) was refused: {Problem}", machineId, MachineStates.Name(state), operationId, action,
                result.Message ?? string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }
    }
}
