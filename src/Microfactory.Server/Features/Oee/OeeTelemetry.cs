using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Server.Features.Oee;

/// <summary>
/// What the store read for one OEE window: state changes inside it, each machine's state before it, counts inside it (with
/// their operation ids, not yet resolved to ideal cycles) and meter readings inside it plus the last one before and the first
/// one after, so energy at the edges of the window is interpolated rather than lost.
/// </summary>
internal sealed record OeeTelemetry(
    IReadOnlyList<StateChange> States,
    IReadOnlyDictionary<string, MachineState> StateBefore,
    IReadOnlyList<StoredCount> Counts,
    IReadOnlyList<MeterReading> Meters);

/// <summary>One row of machine_counts.</summary>
internal sealed record StoredCount(string MachineId, string? OperationId, long Good, long Scrap, DateTimeOffset At);
