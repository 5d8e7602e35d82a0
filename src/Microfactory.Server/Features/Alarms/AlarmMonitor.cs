using System.Diagnostics;
using Microfactory.Server.Features.Telemetry;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// Keeps the alarms current: evaluates every factory at start, then the factories a committed telemetry batch is about
/// (after <see cref="AlarmOptions.Debounce"/>, so a burst is one evaluation), and every factory each
/// <see cref="AlarmOptions.Interval"/> (an overrun grows with the clock alone). Both waits are pacing on the real clock;
/// what the rules judge is dated by the injected <see cref="TimeProvider"/>, which may run simulated time.
/// </summary>
internal sealed class AlarmMonitor(TelemetryFeed telemetry, AlarmChecker checker, IOptions<AlarmOptions> options, ILogger<AlarmMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        settings.Validate();
        using var subscription = telemetry.Subscribe();
        try
        {
            await checker.CheckAllAsync(stoppingToken);
            var lastFull = Stopwatch.GetTimestamp();
            Task<bool>? waiting = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                waiting ??= subscription.Reader.WaitToReadAsync(stoppingToken).AsTask();
                var untilFull = settings.Interval - Stopwatch.GetElapsedTime(lastFull);
                if (untilFull > TimeSpan.Zero)
                {
                    using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    var delay = Task.Delay(untilFull, timer.Token);
                    await Task.WhenAny(waiting, delay);
                    await timer.CancelAsync();
                }
                stoppingToken.ThrowIfCancellationRequested();
                if (waiting.IsCompleted)
                {
                    if (!await waiting)
                    {
                        return; // the feed completed: the host is stopping
                    }
                    waiting = null;
                    await Task.Delay(settings.Debounce, stoppingToken);
                    var factories = new SortedSet<string>(StringComparer.Ordinal);
                    while (subscription.Reader.TryRead(out var item))
                    {
                        factories.Add(item.Message.FactoryId);
                    }
                    foreach (var factoryId in factories)
                    {
                        await checker.CheckAsync(factoryId, stoppingToken);
                    }
                }
                if (Stopwatch.GetElapsedTime(lastFull) >= settings.Interval)
                {
                    await checker.CheckAllAsync(stoppingToken);
                    lastFull = Stopwatch.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The alarm monitor stopped");
            throw;
        }
    }
}
