namespace Microfactory.Copilot.Conversation;

/// <summary>
/// The platform's names and ids the offline engine fills slots from, as the host sees them when the question comes. The
/// host builds it for the asking user (a customer's catalogue need not list others' orders: a number that is not in it is
/// still recognised by its shape and then not found, exactly like an unknown one).
/// </summary>
/// <param name="Now">The host's current time in the factory's offset: the one clock the engine reads ("today 14:00").</param>
/// <param name="Machines">Machines with their aliases.</param>
/// <param name="Orders">Order numbers (as <see cref="CatalogueEntry.Name"/>) and ids.</param>
/// <param name="Templates">Templates with their aliases.</param>
/// <param name="Serials">Serials of produced units.</param>
/// <param name="Operations">Ids of live-plan operations (for pins).</param>
/// <param name="Zone">The factory's time zone, in which answers show times; without it, the offset of <paramref name="Now"/>.</param>
public sealed record PlantCatalogue(
    DateTimeOffset Now, IReadOnlyList<CatalogueEntry> Machines, IReadOnlyList<CatalogueEntry> Orders, IReadOnlyList<CatalogueEntry> Templates,
    IReadOnlyList<string> Serials, IReadOnlyList<string> Operations, TimeZoneInfo? Zone = null)
{
    /// <summary>A time as the factory's people read it: in the factory's zone (records come in UTC).</summary>
    /// <param name="at">The time.</param>
    /// <returns>The same instant in the factory's zone.</returns>
    public DateTimeOffset Local(DateTimeOffset at) => Zone is null ? at.ToOffset(Now.Offset) : TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>A machine by id, or null.</summary>
    /// <param name="id">The machine id.</param>
    /// <returns>The entry, or null.</returns>
    public CatalogueEntry? Machine(string? id) => Machines.FirstOrDefault(m => m.Id == id);

    /// <summary>A template by id, or null.</summary>
    /// <param name="id">The template id.</param>
    /// <returns>The entry, or null.</returns>
    public CatalogueEntry? Template(string? id) => Templates.FirstOrDefault(t => t.Id == id);
}
