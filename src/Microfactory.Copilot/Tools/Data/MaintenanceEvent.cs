namespace Microfactory.Copilot.Tools.Data;

/// <summary>One record of a machine's maintenance, downtime or scrap history.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="MachineId">The machine.</param>
/// <param name="MachineName">The machine's name.</param>
/// <param name="Kind">What the record is.</param>
/// <param name="From">When it began (or when the scrap was reported).</param>
/// <param name="To">When it ended, for windows.</param>
/// <param name="Reason">The reason or note as written by a person or the platform.</param>
/// <param name="Shift">The shift it fell in (for example "early"), when known.</param>
/// <param name="ScrapCount">Parts scrapped, for <see cref="MaintenanceEventKind.Scrap"/>.</param>
/// <param name="Link">Its page.</param>
public sealed record MaintenanceEvent(
    string Id, string MachineId, string MachineName, MaintenanceEventKind Kind, DateTimeOffset From, DateTimeOffset? To, string Reason,
    string? Shift, int ScrapCount, string Link)
{
    /// <summary>Hours the window lasted (0 for point records).</summary>
    public decimal Hours => To is { } to ? (decimal)(to - From).TotalMinutes / 60m : 0m;

    /// <summary>The record as a citation.</summary>
    public Citation Cite() => new(Kind == MaintenanceEventKind.Scrap ? "scrap" : "downtime", Id, $"{MachineName}: {Reason}", Link);
}
