namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// Time taken out of the plan on purpose (maintenance, meeting, no orders): the half-open window [<paramref name="From"/>, <paramref name="To"/>)
/// is not planned production time for machine <paramref name="MachineId"/>, or for every machine when it is null.
/// </summary>
public sealed record PlannedDowntime(DateTimeOffset From, DateTimeOffset To, string Reason, string? MachineId = null);
