using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// telemetry.machine-share: the factory's machines that reported by themselves (MQTT or HTTP telemetry) in the last 7
/// days. Operator buttons are not machine reports, and the simulated twin's messages stand in for machines rather than
/// come from them, so neither counts; the twin is named in the detail.
/// </summary>
internal sealed class TelemetryMachineShareFigure : IEvidenceFigure
{
    public string Figure => "telemetry.machine-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Reporting, long Simulated, long Whole)>(
            """
            SELECT
              count(CASE WHEN EXISTS (SELECT 1 FROM machine_state_changes s WHERE s.machine_id = m.id AND s.at_ms >= @since AND s.source IN ('mqtt', 'http'))
                           OR EXISTS (SELECT 1 FROM machine_counts c WHERE c.machine_id = m.id AND c.at_ms >= @since AND c.source IN ('mqtt', 'http'))
                           OR EXISTS (SELECT 1 FROM machine_energy_readings e WHERE e.machine_id = m.id AND e.at_ms >= @since AND e.source IN ('mqtt', 'http'))
                         THEN 1 END),
              count(CASE WHEN EXISTS (SELECT 1 FROM machine_state_changes s WHERE s.machine_id = m.id AND s.at_ms >= @since AND s.source = 'simulation') THEN 1 END),
              count(*)
            FROM machines m WHERE m.factory_id = @FactoryId
            """,
            new { q.FactoryId, since = q.DaysAgoMs(7) });
        var twin = row.Simulated > 0 ? $" The simulated twin ran {row.Simulated} of them." : "";
        return FigureReading.Share(Figure, row.Reporting, row.Whole,
            $"{row.Reporting} of {row.Whole} machines reported telemetry over MQTT or HTTP in the last 7 days.{twin}",
            "No machines are recorded at this factory yet.");
    }
}
