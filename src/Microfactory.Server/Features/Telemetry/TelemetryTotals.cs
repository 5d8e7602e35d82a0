namespace Microfactory.Server.Features.Telemetry;

/// <summary>What is stored for one machine: rows per table, the summed counts, and the ledger's entries.</summary>
internal sealed record TelemetryTotals(long StateChanges, long CountMessages, long Good, long Scrap, long EnergyReadings, long LedgerEntries);
