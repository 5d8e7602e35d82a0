namespace Microfactory.Server.Features.Pact;

/// <summary>
/// Delivers one CloudEvent to another PACT host's <c>/3/events</c>, authenticating at its token endpoint with the
/// credentials it issued to us. One attempt per call; retries and their timing are the caller's
/// (<see cref="PactAnswerWorker"/>). The PACT client (Features/Pact/Client, another branch) may replace the minimal
/// <see cref="HttpPactEventSender"/> behind this interface.
/// </summary>
internal interface IPactEventSender
{
    Task<PactDelivery> SendAsync(PactCallback callback, string callbackSecret, string cloudEventJson, CancellationToken cancellationToken);
}

/// <summary>The outcome of one delivery attempt: delivered, or failed with a reason and whether trying again may help.</summary>
internal sealed record PactDelivery(bool Delivered, bool Retryable, string? Error)
{
    public static PactDelivery Success { get; } = new(true, false, null);

    public static PactDelivery Retry(string error) => new(false, true, error);

    public static PactDelivery Refused(string error) => new(false, false, error);
}
