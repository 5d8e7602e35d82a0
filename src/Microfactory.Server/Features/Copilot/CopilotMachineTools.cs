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
internal sealed class CopilotMachineTools(CopilotPlant plant, TelemetryService telemetry, OeeService oee, AlarmService alarms, OeeStore history) : IMachineTools
{
    /// <summary>The newest alarms a chat answer can use.</summary>
    public const int MaxAlarms = 50;

    /// <summary>Telemetry rows read for one history question (a week of a whole floor is far below it).</summary>
    public const int MaxHistoryRows = 20_000;

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

    /// <summary>
    /// A machine's history over a period: the downtime windows people recorded in its calendar, the breakdowns its
    /// telemetry reported (down until its next other state), and the scrap it counted, so root causes and guidance can
    /// be drawn from what really happened, not only from what was planned.
    /// </summary>
    public async Task<IReadOnlyList<MaintenanceEvent>> GetMaintenanceHistoryAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var picked = Pick(await plant.MachinesAsync(cancellationToken), machineId);
        if (factory is null || picked.Count == 0 || plant.Resolve(period, factory, Shifts(picked)) is not { } window)
        {
            return [];
        }
        var events = picked.SelectMany(m => m.Calendar.Downtimes.Where(d => d.StartsAt < window.To && d.EndsAt > window.From).Select(d => new MaintenanceEvent(
                Plans.PlanService.DowntimeId(d.StartsAt), m.Id, m.Name, MaintenanceEventKind.Downtime, d.StartsAt, d.EndsAt, d.Reason, null, 0,
                CopilotCallers.MachineLink(m.Id)))).ToList();
        var names = picked.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var telemetry = await history.ReadAsync([.. picked.Select(m => m.Id)], window.From, window.To, MaxHistoryRows, cancellationToken);
        foreach (var machine in picked)
        {
            DateTimeOffset? downSince = telemetry.StateBefore.GetValueOrDefault(machine.Id) == Shopfloor.Machines.MachineState.Down ? window.From : null;
            foreach (var change in telemetry.States.Where(c => c.MachineId == machine.Id))
            {
                if (change.State == Shopfloor.Machines.MachineState.Down)
                {
                    downSince ??= change.At;
                }
                else if (downSince is { } since)
                {
                    events.Add(Breakdown(machine, since, change.At));
                    downSince = null;
                }
            }
            if (downSince is { } open)
            {
                events.Add(Breakdown(machine, open, null));
            }
        }
        var zone = CopilotPlant.Zone(factory);
        events.AddRange(telemetry.Counts.Where(c => c.Scrap > 0).Select(c => new MaintenanceEvent(
            $"scrap-{c.MachineId}-{c.At.ToUnixTimeMilliseconds()}", c.MachineId, names.GetValueOrDefault(c.MachineId, c.MachineId), MaintenanceEventKind.Scrap, c.At, null,
            c.OperationId is null ? "scrap counted by the machine" : $"scrap counted at {c.OperationId}",
            ShiftOf(picked.First(m => m.Id == c.MachineId), TimeZoneInfo.ConvertTime(c.At, zone)), (int)Math.Min(c.Scrap, int.MaxValue),
            CopilotCallers.MachineLink(c.MachineId))));
        return [.. events.OrderBy(e => e.From).ThenBy(e => e.MachineId, StringComparer.Ordinal)];
    }

    /// <summary>The machine's shift a local time fell in, by its hours ("07:00–15:00", the same shift on every day), or null outside every shift.</summary>
    private static string? ShiftOf(Machine machine, DateTimeOffset local)
    {
        var minute = local.Hour * 60 + local.Minute;
        return machine.Calendar.Shifts.FirstOrDefault(s => s.Day == local.DayOfWeek && s.StartMinute <= minute && minute < s.EndMinute) is { } shift
            ? string.Create(CultureInfo.InvariantCulture, $"{shift.StartMinute / 60:00}:{shift.StartMinute % 60:00}–{shift.EndMinute / 60:00}:{shift.EndMinute % 60:00}")
            : null;
    }

    private static MaintenanceEvent Breakdown(Machine machine, DateTimeOffset from, DateTimeOffset? to) => new(
        $"down-{machine.Id}-{from.ToUnixTimeMilliseconds()}", machine.Id, machine.Name, MaintenanceEventKind.Downtime, from, to,
        to is null ? "breakdown reported by the machine, still down" : "breakdown reported by the machine", null, 0, CopilotCallers.MachineLink(machine.Id));

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
