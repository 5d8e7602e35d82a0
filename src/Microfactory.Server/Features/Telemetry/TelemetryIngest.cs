using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// The one write path of telemetry, for MQTT, HTTP, operators and the simulation: checks each message's machine
/// against its factory, drops repeats within the batch, commits the rest in ONE transaction (group commit: the
/// ledger recognises what was stored before), then publishes what was new to <see cref="TelemetryFeed"/> and counts
/// everything in <see cref="TelemetryMetrics"/>. A failure of the database throws and commits nothing, so a caller
/// that retries (the MQTT worker, an HTTP client) never double-counts.
/// </summary>
internal sealed class TelemetryIngest(TelemetryStore store, MachineDirectory machines, TelemetryFeed feed, TelemetryMetrics metrics, TimeProvider time)
{
    private readonly Lock _publishing = new();

    /// <summary>
    /// Ingests <paramref name="messages"/> from <paramref name="source"/> (one of <see cref="TelemetrySources"/>) on behalf
    /// of <paramref name="userId"/> (null for devices); one result per message, at its index.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<TelemetryMessage> messages, string source, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (!TelemetrySources.All.Contains(source, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown telemetry source '{source}'; one of {string.Join(", ", TelemetrySources.All)}.", nameof(source));
        }
        var results = new IngestResult[messages.Count];
        var candidates = new List<TelemetryMessage>(messages.Count);
        var candidateIndex = new List<int>(messages.Count);
        var seen = new HashSet<(string, TelemetryKind, string)>();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if ((Refusal(message) ?? await machines.CheckAsync(message.FactoryId, message.MachineId, "machineId", cancellationToken)) is { } problem)
            {
                results[i] = new IngestResult(IngestStatus.Rejected, problem);
                metrics.Rejected(source, problem.Reason);
                continue;
            }
            if (!seen.Add((message.MachineId, message.Kind, message.Key.Text)))
            {
                results[i] = IngestResult.Duplicate;
                continue;
            }
            candidates.Add(message);
            candidateIndex.Add(i);
        }
        var recordedAt = time.GetUtcNow();
        var fresh = await store.WriteAsync(candidates, source, userId, recordedAt, cancellationToken);
        var committed = new List<CommittedTelemetry>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            results[candidateIndex[c]] = fresh[c] ? IngestResult.Accepted : IngestResult.Duplicate;
            if (fresh[c])
            {
                committed.Add(new CommittedTelemetry(candidates[c], source, userId, recordedAt));
            }
        }
        metrics.Committed(source, messages.Count, committed.Count, results.Count(r => r.Status == IngestStatus.Duplicate));
        if (committed.Count > 0)
        {
            lock (_publishing)
            {
                feed.Publish(committed);
            }
        }
        return results;
    }

    /// <summary>What the stored rows require of a message built in code (the wire rules are <see cref="TelemetryValidator"/>'s).</summary>
    private static TelemetryProblem? Refusal(TelemetryMessage message) => message switch
    {
        _ when string.IsNullOrEmpty(message.MachineId) || string.IsNullOrEmpty(message.FactoryId) || string.IsNullOrEmpty(message.Key.Text) =>
            new TelemetryProblem("machineId", "machineId, factoryId and the message key are required.", TelemetryRejection.Invalid),
        CountReport { Good: < 0 } or CountReport { Scrap: < 0 } => new TelemetryProblem("good", "good and scrap must be ≥ 0.", TelemetryRejection.Invalid),
        EnergyReport e when !double.IsFinite(e.Kwh) || e.Kwh < 0 => new TelemetryProblem("kwh", "kwh must be ≥ 0.", TelemetryRejection.Invalid),
        _ => null,
    };
}
