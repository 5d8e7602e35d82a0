using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// Counters of the ingest, as <see cref="System.Diagnostics.Metrics"/> instruments (meter <c>Microfactory.Telemetry</c>:
/// <c>mf.telemetry.accepted</c>, <c>mf.telemetry.duplicates</c>, <c>mf.telemetry.rejected</c> tagged with
/// <c>source</c> and, for refusals, <c>reason</c>; <c>mf.telemetry.batch.size</c>) and as totals since start for
/// <c>GET /api/v1/telemetry/stats</c>.
/// </summary>
internal sealed class TelemetryMetrics
{
    public const string MeterName = "Microfactory.Telemetry";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _rejected;
    private readonly Histogram<int> _batchSize;
    private readonly ConcurrentDictionary<(string Source, string Reason), long> _rejectedTotals = new();
    private long _acceptedTotal;
    private long _duplicateTotal;
    private long _batches;

    public TelemetryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("mf.telemetry.accepted", "{message}", "Telemetry messages committed (not duplicates).");
        _duplicates = meter.CreateCounter<long>("mf.telemetry.duplicates", "{message}", "Telemetry messages already stored: redeliveries and retries, acknowledged and not counted again.");
        _rejected = meter.CreateCounter<long>("mf.telemetry.rejected", "{message}", "Telemetry messages refused (malformed, oversized, unknown machine, out of bounds), acknowledged and not stored.");
        _batchSize = meter.CreateHistogram<int>("mf.telemetry.batch.size", "{message}", "Messages per ingest transaction.");
    }

    public void Committed(string source, int batchSize, int accepted, int duplicates)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        _batchSize.Record(batchSize, tag);
        if (accepted > 0)
        {
            _accepted.Add(accepted, tag);
            Interlocked.Add(ref _acceptedTotal, accepted);
        }
        if (duplicates > 0)
        {
            _duplicates.Add(duplicates, tag);
            Interlocked.Add(ref _duplicateTotal, duplicates);
        }
        Interlocked.Increment(ref _batches);
    }

    public void Rejected(string source, TelemetryRejection reason, int count = 1)
    {
        var name = RejectionName(reason);
        _rejected.Add(count, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("reason", name));
        _rejectedTotals.AddOrUpdate((source, name), count, (_, total) => total + count);
    }

    /// <summary>Totals since the server started.</summary>
    public TelemetryCounts Snapshot() => new(
        Interlocked.Read(ref _acceptedTotal),
        Interlocked.Read(ref _duplicateTotal),
        _rejectedTotals.Values.Sum(),
        Interlocked.Read(ref _batches),
        _rejectedTotals.GroupBy(r => r.Key.Reason, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Value), StringComparer.Ordinal));

    /// <summary>The camelCase name of a refusal reason (<c>fromTheFuture</c>), as metric tag and in the stats.</summary>
    public static string RejectionName(TelemetryRejection reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());
}
