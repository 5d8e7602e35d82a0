namespace Microfactory.Server.Features.Carbon;

/// <summary>Wakes the <see cref="FootprintRecorder"/> when a unit completes, so its footprint follows at once rather than at the next poll.</summary>
internal sealed class FootprintSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void UnitCompleted()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every completion before the recorder runs.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _signal.WaitAsync(timeout, cancellationToken);
}
