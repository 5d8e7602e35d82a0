namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// One row of an OEE report. <paramref name="MachineId"/> is null on factory rows (sums over machines).
/// <paramref name="ShiftLabel"/> is set when grouped by shift; <paramref name="Date"/> (factory-local date the shift or day
/// starts) when grouped by shift or day. [<paramref name="From"/>, <paramref name="To"/>) spans the shift windows the row
/// covers, clipped to the report window (for a machine row: the report window).
/// </summary>
public sealed record OeeItem(string? MachineId, string? ShiftLabel, DateOnly? Date, DateTimeOffset From, DateTimeOffset To, OeeFigures Figures);
