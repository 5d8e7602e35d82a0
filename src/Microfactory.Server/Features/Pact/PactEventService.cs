using Microfactory.Server.Access;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// Accepts the events clients post to <c>/3/events</c>: stores each one (a repeated event is accepted again and stored
/// once), and for a RequestCreatedEvent makes sure it can be answered at all: the client must have a callback, and the
/// event's <c>source</c> must name the client's own host (PACT v3: the data owner validates the source and answers it).
/// </summary>
internal sealed class PactEventService(PactEventStore store, PactAnswerSignal signal, IdFactory ids, WallClock time, ILogger<PactEventService> logger)
{
    /// <summary>Null when the event was accepted, else why not (for a 400).</summary>
    public async Task<string?> AcceptAsync(PactClient client, PactInboundEvent e, string replySource, CancellationToken cancellationToken)
    {
        var request = e.Type == PactEventTypes.RequestCreated;
        if (request)
        {
            if (client.Callback is not { } callback)
            {
                return $"Client {client.Id} has no callback registered, so its requests cannot be answered: an admin adds its PACT host and credentials (POST /api/v1/pact/clients with callback).";
            }
            if (SourceHost(e.Source) is not { } host
                || !(host.Equals(callback.BaseUrl.Host, StringComparison.OrdinalIgnoreCase) || host.Equals(callback.AuthBaseUrl.Host, StringComparison.OrdinalIgnoreCase)))
            {
                return $"source '{Short(e.Source)}' does not name the host registered for client {client.Id} ({callback.BaseUrl.Host}), where the answer would go.";
            }
        }
        var now = time.GetUtcNow();
        var record = new PactEventRecord(ids.New("pev"), client.Id, e.Type, e.Id, e.Source, e.Time, now, e.DataJson, replySource,
            request ? PactEventRecord.Pending : PactEventRecord.None, null, null, 0, request ? now : null, null, null);
        if (await store.InsertAsync(record, cancellationToken))
        {
            logger.LogInformation("PACT event {Type} {EventId} from client {ClientId} accepted", e.Type, e.Id, client.Id);
            if (request)
            {
                signal.RequestArrived();
            }
        }
        return null;
    }

    /// <summary>The host a CloudEvents source names: an absolute URI, or a network-path reference such as <c>//api.example.com/3/events</c>.</summary>
    private static string? SourceHost(string source)
    {
        var text = source.StartsWith("//", StringComparison.Ordinal) ? "https:" + source : source;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host : null;
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
