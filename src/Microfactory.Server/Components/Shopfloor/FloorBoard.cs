using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The shop-floor dashboard's reads, for the page's first render and for its event stream alike: each machine's state
/// through <see cref="TelemetryService"/> (the same answer as <c>GET /api/v1/machines/{id}/state</c>), and the day's
/// counts and energy from the telemetry tables, OEE through <see cref="FloorOee"/>, alarms through <see cref="FloorAlarms"/>.
/// </summary>
internal sealed class FloorBoard(FactoryStore factories, MachineStore machines, TelemetryService telemetry, TelemetryStore store, FloorOee oee, FloorAlarms alarms, TimeProvider time)
{
    /// <summary>Most machines one dashboard shows.</summary>
    public const int MaxMachines = 500;

    /// <summary>The factory's dashboard; null for an unknown factory.</summary>
    public async Task<FloorView?> BuildAsync(string factoryId, CancellationToken cancellationToken)
    {
        var factory = factoryId.Length <= 100 ? await factories.GetAsync(factoryId, cancellationToken) : null;
        if (factory is null)
        {
            return null;
        }
        var list = await MachinesAsync(factory.Id, cancellationToken);
        var tiles = new List<FloorTile>(list.Count);
        foreach (var machine in list)
        {
            tiles.Add(await TileAsync(machine.Id, cancellationToken) ?? new FloorTile(machine.Id, MachineStates.Name(MachineState.Off), null, null, null, null, null));
        }
        return new FloorView(factory, list, tiles, await FiguresAsync(factory, list, cancellationToken), await oee.FiguresAsync(factory, cancellationToken),
            await oee.TrendAsync(factory, cancellationToken), await alarms.ActiveAsync(factory.Id, list, cancellationToken));
    }

    /// <summary>The factory's machines in name order.</summary>
    public async Task<IReadOnlyList<Machine>> MachinesAsync(string factoryId, CancellationToken cancellationToken) =>
        [.. (await machines.ListAsync(factoryId, 0, MaxMachines, cancellationToken)).Items.OrderBy(m => m.Name, StringComparer.CurrentCulture).ThenBy(m => m.Id, StringComparer.Ordinal)];

    /// <summary>A machine's tile as the state API tells it; null for an unknown machine.</summary>
    public async Task<FloorTile?> TileAsync(string machineId, CancellationToken cancellationToken)
    {
        var state = await telemetry.GetStateAsync(machineId, cancellationToken);
        if (state.Outcome != ServiceOutcome.Ok || state.Value is not { } s)
        {
            return null;
        }
        return new FloorTile(machineId, MachineStates.Name(s.State), s.Since, s.OperationId, OperationLabel(s.OperationId), s.Reason, s.Source);
    }

    /// <summary>The factory-local day so far: counts, energy and kWh per good part per machine and for the factory.</summary>
    public async Task<FloorFigures> FiguresAsync(Factory factory, IReadOnlyList<Machine> list, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dayStart = DayStart(now, factory.TimeZoneId);
        var totals = await store.WindowTotalsAsync([.. list.Select(m => m.Id)], dayStart, now.AddMilliseconds(1), cancellationToken);
        var rows = list.Select(m => Row(m.Id, totals.GetValueOrDefault(m.Id))).ToList();
        var factoryRow = Row(factory.Id, new MachineDayTotals(rows.Sum(r => r.Good), rows.Sum(r => r.Scrap), rows.Sum(r => r.EnergyKwh)));
        return new FloorFigures(now, dayStart, rows, factoryRow);
    }

    /// <summary>"laser cut · unit 1" for an operation id of the plan (line.unit.step); the id itself for any other.</summary>
    public static string? OperationLabel(string? operationId) =>
        operationId is null ? null
        : OperationIds.TryParse(operationId, out _, out var unit, out var step) ? $"{MachineQueue.StepLabel(step)} · unit {unit}"
        : operationId.Length <= 60 ? operationId : operationId[..60] + "…";

    /// <summary>Local midnight of the instant's day in the zone (an unknown zone reads as UTC).</summary>
    public static DateTimeOffset DayStart(DateTimeOffset instant, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static FloorMachineFigures Row(string id, MachineDayTotals? totals) => totals is null
        ? new FloorMachineFigures(id, 0, 0, 0, null)
        : new FloorMachineFigures(id, totals.Good, totals.Scrap, Math.Round(totals.EnergyKwh, 3), totals.Good > 0 ? Math.Round(totals.EnergyKwh / totals.Good, 4) : null);
}
