using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Plans;

/// <summary>The server's live plan loop: repair on events (woken at once in this process, by polling for others), improve when quiet.</summary>
internal sealed class LivePlanWorker(LivePlans plans, IOptions<PlansOptions> options, ILogger<LivePlanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await plans.RunOnceAsync(stoppingToken);
                await plans.WaitForWorkAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Live plan worker pass failed");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
