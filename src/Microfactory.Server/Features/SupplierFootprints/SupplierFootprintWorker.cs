using Microfactory.Server.Access;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// Syncs every enabled supplier PACT connection at start and then every <see cref="SupplierFootprintOptions.SyncInterval"/>.
/// A failing supplier is logged and in its connection's last-sync summary; it never stops the server or the others.
/// </summary>
internal sealed class SupplierFootprintWorker(SupplierFootprintService service, WallClock clock, IOptions<SupplierFootprintOptions> options, ILogger<SupplierFootprintWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await service.SyncEnabledAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Syncing suppliers' PACT footprints failed; trying again in {Interval}", options.Value.SyncInterval);
            }
            try
            {
                await clock.DelayAsync(options.Value.SyncInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
