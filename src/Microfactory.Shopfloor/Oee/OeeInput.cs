namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// Everything an OEE calculation reads, for the half-open window [<paramref name="From"/>, <paramref name="To"/>) in a factory
/// whose shifts are in <paramref name="TimeZone"/>. Records may be in any order; records for machines not in
/// <paramref name="Machines"/> are an error. Limits are in <see cref="OeeLimits"/>.
/// </summary>
public sealed record OeeInput(
    TimeZoneInfo TimeZone,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<OeeMachine> Machines,
    IReadOnlyList<StateChange> States,
    IReadOnlyList<PartCount> Counts,
    IReadOnlyList<MeterReading> Meters,
    IReadOnlyList<PlannedDowntime> Downtimes,
    IReadOnlyDictionary<string, double>? IdealCycleSecondsByOperation = null);
