using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microfactory.Server.Access;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// Answers accepted footprint requests: computes the answer once (a RequestFulfilledEvent with the matching active
/// footprints, or a RequestRejectedEvent: NotFound when none match, BadRequest when the criteria are unusable), stores
/// it, and posts it to the requester's own <c>/3/events</c> until it is delivered, with exponential backoff
/// (<see cref="PactOptions.RetryBaseDelay"/> doubling up to <see cref="PactOptions.RetryMaxDelay"/>), giving up 72 hours
/// after the request arrived. It works from the table, so answers pending at a restart are sent after it.
/// </summary>
internal sealed class PactAnswerWorker(
    PactEventStore events,
    PactClientService clients,
    PactFootprintService footprints,
    IPactEventSender sender,
    PactAnswerSignal signal,
    WallClock time,
    IOptions<PactOptions> options,
    ILogger<PactAnswerWorker> logger) : BackgroundService
{
    private const int Batch = 20;

    private static readonly JsonEventFormatter Formatter = new();

    /// <summary>How long the worker sleeps at most between looks at the table.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await events.DueAsync(time.GetUtcNow(), Batch, stoppingToken);
                foreach (var request in due)
                {
                    await AnswerAsync(request, stoppingToken);
                }
                if (due.Count == Batch)
                {
                    continue;
                }
                var next = await events.NextDueAsync(stoppingToken);
                var wait = next is { } at ? at - time.GetUtcNow() : Poll;
                await signal.WaitAsync(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Poll ? Poll : wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "PACT answer pass failed");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One attempt at one pending answer.</summary>
    public async Task AnswerAsync(PactEventRecord request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - request.ReceivedAt >= PactOptions.AnswerDeadline)
        {
            await events.RecordAttemptAsync(request.Id, PactEventRecord.Abandoned, now, null, $"not delivered within {PactOptions.AnswerDeadline.TotalHours} hours; last error: {request.LastError}", cancellationToken);
            logger.LogWarning("PACT answer to {EventId} from {ClientId} abandoned after {Attempts} attempts", request.EventId, request.ClientId, request.Attempts);
            return;
        }
        var client = await clients.ActiveAsync(request.ClientId, cancellationToken);
        if (client?.Callback is not { } callback)
        {
            await events.RecordAttemptAsync(request.Id, PactEventRecord.Failed, now, null, "the client was revoked or lost its callback", cancellationToken);
            return;
        }
        var answer = request.AnswerJson;
        if (answer is null)
        {
            var (type, json) = await ComposeAsync(request, now, cancellationToken);
            await events.SetAnswerAsync(request.Id, type, json, cancellationToken);
            answer = (await events.GetAsync(request.Id, cancellationToken))?.AnswerJson ?? json;
        }
        var delivery = await sender.SendAsync(callback, clients.CallbackSecret(callback), answer, cancellationToken);
        var after = time.GetUtcNow();
        if (delivery.Delivered)
        {
            await events.RecordAttemptAsync(request.Id, PactEventRecord.Delivered, after, null, null, cancellationToken);
            logger.LogInformation("PACT answer to {EventId} delivered to {ClientId}", request.EventId, request.ClientId);
        }
        else if (!delivery.Retryable)
        {
            await events.RecordAttemptAsync(request.Id, PactEventRecord.Failed, after, null, delivery.Error, cancellationToken);
            logger.LogWarning("PACT answer to {EventId} refused by {ClientId}: {Error}", request.EventId, request.ClientId, delivery.Error);
        }
        else
        {
            var next = after + Backoff(request.Attempts + 1);
            await events.RecordAttemptAsync(request.Id, PactEventRecord.Pending, after, next, delivery.Error, cancellationToken);
            logger.LogInformation("PACT answer to {EventId} not delivered ({Error}); next attempt at {Next:u}", request.EventId, delivery.Error, next);
        }
    }

    /// <summary>The wait after the <paramref name="attempt"/>-th failed attempt: the base delay doubled each time, at most the maximum.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromMilliseconds(Math.Min(o.RetryBaseDelay.TotalMilliseconds * factor, o.RetryMaxDelay.TotalMilliseconds));
        return delay;
    }

    private async Task<(string Type, string Json)> ComposeAsync(PactEventRecord request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var data = JsonDocument.Parse(request.DataJson);
        var (criteria, structure, rejection) = PactRequestCriteria.Read(data.RootElement);
        JsonObject payload;
        string type;
        if (criteria is null || rejection is not null)
        {
            (type, payload) = (PactEventTypes.RequestRejected, Rejected(request, "BadRequest", rejection ?? structure ?? "The request's criteria cannot be read."));
        }
        else
        {
            var found = await footprints.FindAsync(criteria, options.Value.MaxFulfilledFootprints, cancellationToken);
            (type, payload) = found.Count == 0
                ? (PactEventTypes.RequestRejected, Rejected(request, "NotFound", "The requested footprint could not be found: no published footprint matches the criteria."))
                : (PactEventTypes.RequestFulfilled, new JsonObject { ["requestEventId"] = request.EventId, ["pfs"] = new JsonArray([.. found]) });
        }
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = Guid.NewGuid().ToString("D"),
            Source = new Uri(request.ReplySource, UriKind.RelativeOrAbsolute),
            Time = now,
            Type = type,
            DataContentType = "application/json",
            Data = payload,
        };
        return (type, Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span));
    }

    private static JsonObject Rejected(PactEventRecord request, string code, string message) =>
        new() { ["requestEventId"] = request.EventId, ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
