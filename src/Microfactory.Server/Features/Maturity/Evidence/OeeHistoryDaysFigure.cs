using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// oee.history-days: the days of the last year on which the factory's machines recorded a state (the availability half
/// of OEE cannot be computed for a day without one). Days are counted in UTC, which differs from the factory's local
/// days by at most one at either end.
/// </summary>
internal sealed class OeeHistoryDaysFigure : IEvidenceFigure
{
    public string Figure => "oee.history-days";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var days = await q.Connection.ExecuteScalarAsync<long>(
            """
            SELECT count(DISTINCT s.at_ms / @dayMs) FROM machine_state_changes s
            WHERE s.factory_id = @FactoryId AND s.at_ms >= @since AND s.at_ms <= @until
            """,
            new { q.FactoryId, dayMs = EvidenceQuery.DayMs, since = q.DaysAgoMs(365), until = q.NowMs });
        return FigureReading.Count(Figure, days, days == 0
            ? "No machine state has been recorded in the last year, so there is no OEE history yet."
            : $"Machine states on {days} {(days == 1 ? "day" : "days")} of the last year: OEE can be computed for each of them.");
    }
}
