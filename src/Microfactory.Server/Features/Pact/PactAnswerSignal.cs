namespace Microfactory.Server.Features.Pact;

/// <summary>Wakes the <see cref="PactAnswerWorker"/> when a request arrives, so it is answered at once rather than at the next poll.</summary>
internal sealed class PactAnswerSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void RequestArrived()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every request that arrived before the worker runs.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _signal.WaitAsync(timeout, cancellationToken);
}
