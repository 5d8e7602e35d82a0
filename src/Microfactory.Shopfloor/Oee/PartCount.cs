namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// Parts a machine finished at <paramref name="At"/>: <paramref name="Good"/> and <paramref name="Scrap"/> are counts (at least 0).
/// The ideal cycle time per part comes from the routing: either here (<paramref name="IdealCycleSeconds"/>, seconds per part,
/// greater than 0) or, when that is null, from <see cref="OeeInput.IdealCycleSecondsByOperation"/> under <paramref name="OperationId"/>.
/// A count with neither (no cycle, no operation) has no known ideal time: its parts count for quality and kWh per good but add
/// nothing to the ideal time, so performance is understated (a lower bound) while such counts are in the window.
/// </summary>
public sealed record PartCount(string MachineId, DateTimeOffset At, int Good, int Scrap, double? IdealCycleSeconds, string? OperationId = null)
{
    /// <summary>Good plus scrap.</summary>
    public long Total => (long)Good + Scrap;
}
