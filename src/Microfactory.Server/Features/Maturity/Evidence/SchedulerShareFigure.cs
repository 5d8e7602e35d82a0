using System.Text.Json;
using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// plans.scheduler-share: of the operations in the factory's live plan (its newest version), those the scheduler placed
/// rather than a planner pinned by hand.
/// </summary>
internal sealed class SchedulerShareFigure : IEvidenceFigure
{
    public string Figure => "plans.scheduler-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var operations = await q.Connection.QuerySingleOrDefaultAsync<string>(
            "SELECT operations_json FROM plan_versions WHERE factory_id = @FactoryId ORDER BY version DESC LIMIT 1", new { q.FactoryId });
        var pins = (await q.Connection.QueryAsync<string>("SELECT operation_id FROM plan_pins WHERE factory_id = @FactoryId", new { q.FactoryId }))
            .ToHashSet(StringComparer.Ordinal);
        long whole = 0, pinned = 0;
        if (operations is not null)
        {
            // Each operation is stored as [operationId, machineId, startMs, endMs].
            using var document = JsonDocument.Parse(operations);
            foreach (var operation in document.RootElement.EnumerateArray())
            {
                whole++;
                if (pins.Contains(operation[0].GetString()!))
                {
                    pinned++;
                }
            }
        }
        return FigureReading.Share(Figure, whole - pinned, whole,
            $"{whole - pinned} of the {whole} operations in the live plan were placed by the scheduler; {pinned} pinned by hand.",
            "The live plan holds no operation yet.");
    }
}
