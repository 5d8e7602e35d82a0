using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Templates;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// Keeps the published footprints current: at start (and whenever a template or factory appears) the estimate of each
/// catalogue template's default design at each factory; after each unit completes (woken by <see cref="FootprintSignal"/>,
/// else every <see cref="CarbonOptions.RecorderInterval"/>) the actual footprint of every completed unit that has none.
/// Working from the stored units rather than the completion event means no unit is missed across a crash.
/// </summary>
internal sealed class FootprintRecorder(
    FootprintService footprints,
    ProductFootprintStore store,
    FactoryStore factories,
    TemplateService templates,
    FootprintSignal signal,
    IOptions<CarbonOptions> options,
    ILogger<FootprintRecorder> logger) : BackgroundService
{
    private const int Batch = 50;
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var refresh = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishEstimatesAsync(refresh, stoppingToken);
                refresh = false;
                await RecordActualsAsync(stoppingToken);
                await signal.WaitAsync(options.Value.RecorderInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Footprint recorder pass failed");
                await Task.Delay(options.Value.RecorderInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// The default design of every latest template at every factory: recomputed when <paramref name="refresh"/> (at start,
    /// so a changed factor or grid profile is published), else only where none is active yet.
    /// </summary>
    private async Task PublishEstimatesAsync(bool refresh, CancellationToken cancellationToken)
    {
        var (factoryList, _) = await factories.ListAsync(0, 1_000, cancellationToken);
        var catalogue = await templates.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
        foreach (var factory in factoryList)
        {
            foreach (var template in catalogue.Items)
            {
                var subject = FootprintService.EstimateSubject(factory.Id, template.Id, template.Version.ToString(), new Dictionary<string, string>());
                if (!refresh && await store.ActiveAsync(FootprintKinds.Estimate, subject, cancellationToken) is not null)
                {
                    continue;
                }
                var published = await footprints.PublishEstimateAsync(factory.Id, template.Id, template.Version.ToString(), new Dictionary<string, string>(), cancellationToken);
                if (published.Outcome != ServiceOutcome.Ok && _failed.Add($"{factory.Id}/{subject}"))
                {
                    // A template whose materials a factory lacks cannot be estimated there; said once, not every pass.
                    logger.LogWarning("No footprint estimate of {Subject} at {Factory}: {Problem}", subject, factory.Id,
                        published.Message ?? string.Join("; ", published.Errors.Select(e => e.Message)));
                }
            }
        }
    }

    private async Task RecordActualsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var pending = (await store.CompletedUnitsWithoutFootprintAsync(Batch + _failed.Count, cancellationToken)).Where(s => !_failed.Contains(s)).ToList();
            if (pending.Count == 0)
            {
                return;
            }
            foreach (var serial in pending)
            {
                try
                {
                    await footprints.RecordActualAsync(serial, cancellationToken);
                }
                catch (InvalidOperationException exception)
                {
                    _failed.Add(serial);
                    logger.LogError(exception, "No actual footprint for unit {Serial}", serial);
                }
            }
        }
    }
}
