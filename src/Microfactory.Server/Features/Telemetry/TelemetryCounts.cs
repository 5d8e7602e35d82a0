namespace Microfactory.Server.Features.Telemetry;

/// <summary>Ingest totals since the server started: accepted, duplicates, rejected (and rejected per reason), transactions.</summary>
internal sealed record TelemetryCounts(long Accepted, long Duplicates, long Rejected, long Batches, IReadOnlyDictionary<string, long> RejectedByReason);
