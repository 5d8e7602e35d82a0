using System.Globalization;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Core.Machines;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Oee;
using Microfactory.Server.Features.Telemetry;

namespace Microfactory.Server.Features.Copilot;

/// <summary>The shop floor for the copilot over telemetry, <see cref="OeeService"/>, <see cref="AlarmService"/> and the machines' downtime calendars.</summary>
internal sealed class CopilotMachineTools(CopilotPlant plant, TelemetryService telemetry, OeeService oee, AlarmService alarms) : IMachineTools
{
    /// <summary>The newest alarms a chat answer can use.</summary>
    public const int MaxAlarms = 50;

    public async Task<IReadOnlyList<MachineStatus>> GetMachineStatesAsync(CopilotUser user, string? machineId, CancellationToken cancellationToken)
    {
        var states = new List<MachineStatus>();
        foreach (var machine in Pick(await plant.MachinesAsync(cancellationToken), machineId))
        {
            if ((await telemetry.GetStateAsync(machine.Id, cancellationToken)).Value is { } state)
            {
                states.Add(new MachineStatus(machine.Id, machine.Name, Camel(state.State.ToString()), state.Since ?? DateTimeOffset.MinValue, state.OperationId,
                    CopilotCallers.MachineLink(machine.Id)));
            }
        }
        return states;
    }

    public async Task<IReadOnlyList<OeeFigures>> GetOeeAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var machines = await plant.MachinesAsync(cancellationToken);
        var picked = Pick(machines, machineId);
        if (factory is null || picked.Count == 0 || plant.Resolve(period, factory, Shifts(picked)) is not { } window || window.To <= window.From)
        {
            return [];
        }
        var report = await oee.GetAsync(factory.Id, Iso(window.From), Iso(window.To), null, cancellationToken);
        if (report.Value is not { } figures)
        {
            return [];
        }
        var names = machines.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var rows = figures.Items.Where(i => i.MachineId is { } id && (machineId is null || id == machineId) && i.PlannedSeconds > 0)
            .Select(i => Figures(i, i.MachineId!, names.GetValueOrDefault(i.MachineId!, i.MachineId!), CopilotCallers.MachineLink(i.MachineId!)))
            .ToList();
        if (machineId is null && figures.Factory.PlannedSeconds > 0)
        {
            rows.Add(Figures(figures.Factory, factory.Id, factory.Name, "/shopfloor/dashboard"));
        }
        return rows;
    }

    public async Task<IReadOnlyList<AlarmRecord>> GetAlarmsAsync(CopilotUser user, string? machineId, bool openOnly, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var names = (await plant.MachinesAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var page = await alarms.ListAsync(factory?.Id, machineId, "all", 1, MaxAlarms, cancellationToken);
        return page.Value is not { } found ? [] : [.. found.Items
            .Where(a => !openOnly || a.State != AlarmState.Cleared)
            .OrderByDescending(a => a.RaisedAt)
            .Select(a => new AlarmRecord(a.Id, a.MachineId, names.GetValueOrDefault(a.MachineId, a.MachineId), Camel(a.Kind.ToString()), Camel(a.State.ToString()),
                a.RaisedAt, a.Message, CopilotCallers.MachineLink(a.MachineId)))];
    }

    public async Task<IReadOnlyList<MaintenanceEvent>> GetMaintenanceHistoryAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var picked = Pick(await plant.MachinesAsync(cancellationToken), machineId);
        if (factory is null || plant.Resolve(period, factory, Shifts(picked)) is not { } window)
        {
            return [];
        }
        return [.. picked.SelectMany(m => m.Calendar.Downtimes.Where(d => d.StartsAt < window.To && d.EndsAt > window.From).Select(d => new MaintenanceEvent(
                Plans.PlanService.DowntimeId(d.StartsAt), m.Id, m.Name, MaintenanceEventKind.Downtime, d.StartsAt, d.EndsAt, d.Reason, null, 0,
                CopilotCallers.MachineLink(m.Id))))
            .OrderBy(e => e.From).ThenBy(e => e.MachineId, StringComparer.Ordinal)];
    }

    private static List<Machine> Pick(IReadOnlyList<Machine> machines, string? machineId) =>
        [.. machines.Where(m => machineId is null || m.Id == machineId)];

    /// <summary>The shifts that define "this shift": the machine's own, or for the whole floor every machine's.</summary>
    private static List<Core.Time.WeeklyShift> Shifts(IEnumerable<Machine> machines) => [.. machines.SelectMany(m => m.Calendar.Shifts).Distinct()];

    private static OeeFigures Figures(OeeItemResponse i, string id, string name, string link) => new(
        id, name, i.From, i.To, Ratio(i.Availability), Ratio(i.Performance), Ratio(i.Quality), Ratio(i.Oee), (int)i.GoodCount, (int)i.ScrapCount, link);

    private static decimal? Ratio(double? value) => value is { } v ? Math.Round((decimal)v, 4) : null;

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
