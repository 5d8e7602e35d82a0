namespace Microfactory.Copilot.Tools.Data;

/// <summary>OEE of one machine (or the factory) over a window of planned production time.</summary>
/// <param name="MachineId">The machine id, or the factory id for the whole factory.</param>
/// <param name="Name">The machine's (or factory's) name.</param>
/// <param name="From">Start of the window.</param>
/// <param name="To">End of the window.</param>
/// <param name="Availability">0–1, or null where undefined (no planned time).</param>
/// <param name="Performance">0–1, or null.</param>
/// <param name="Quality">0–1, or null.</param>
/// <param name="Oee">0–1, or null.</param>
/// <param name="Good">Good parts.</param>
/// <param name="Scrap">Scrapped parts.</param>
/// <param name="Link">The dashboard or API path of the figures.</param>
public sealed record OeeFigures(
    string MachineId, string Name, DateTimeOffset From, DateTimeOffset To, decimal? Availability, decimal? Performance, decimal? Quality,
    decimal? Oee, int Good, int Scrap, string Link)
{
    /// <summary>The figures as a citation.</summary>
    public Citation Cite() => new("oee", MachineId, $"OEE {Name}", Link);
}
