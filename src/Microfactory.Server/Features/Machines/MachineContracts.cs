using Microfactory.Core.Machines;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Machines;

/// <summary>A machine as clients send it; missing fields are reported by name.</summary>
[RequiredFields(nameof(FactoryId), nameof(Name), nameof(Model), nameof(Capabilities), nameof(IdlePowerKw), nameof(WorkingPowerKw), nameof(HourlyRate))]
internal sealed record MachineInput(
    string? Id,
    string? FactoryId,
    string? Name,
    string? Model,
    IReadOnlyList<string>? Capabilities,
    double? IdlePowerKw,
    double? WorkingPowerKw,
    decimal? HourlyRate,
    CalendarInput? Calendar);

/// <summary>When a machine can work: weekly shifts in factory-local minutes after midnight, and absolute downtime windows.</summary>
internal sealed record CalendarInput(IReadOnlyList<ShiftInput>? Shifts, IReadOnlyList<DowntimeInput>? Downtimes);

/// <summary>One weekly shift: the day and minutes after local midnight, 0 ≤ startMinute &lt; endMinute ≤ 1440.</summary>
[RequiredFields(nameof(Day), nameof(StartMinute), nameof(EndMinute))]
internal sealed record ShiftInput(DayOfWeek? Day, int? StartMinute, int? EndMinute);

/// <summary>A downtime window in absolute time (ISO 8601 with offset).</summary>
[RequiredFields(nameof(StartsAt), nameof(EndsAt), nameof(Reason))]
internal sealed record DowntimeInput(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Reason);

/// <summary>A machine on the wire.</summary>
internal sealed record MachineResponse(
    string Id,
    string FactoryId,
    string Name,
    string Model,
    IReadOnlyList<string> Capabilities,
    double IdlePowerKw,
    double WorkingPowerKw,
    decimal HourlyRate,
    CalendarResponse Calendar)
{
    public static MachineResponse From(Machine m) =>
        new(m.Id, m.FactoryId, m.Name, m.Model, m.Capabilities, m.IdlePowerKw, m.WorkingPowerKw, m.HourlyRate,
            new CalendarResponse(
                [.. m.Calendar.Shifts.Select(s => new ShiftResponse(s.Day, s.StartMinute, s.EndMinute))],
                [.. m.Calendar.Downtimes.Select(d => new DowntimeResponse(d.StartsAt, d.EndsAt, d.Reason))]));
}

/// <summary>A machine's calendar on the wire.</summary>
internal sealed record CalendarResponse(IReadOnlyList<ShiftResponse> Shifts, IReadOnlyList<DowntimeResponse> Downtimes);

/// <summary>A weekly shift on the wire.</summary>
internal sealed record ShiftResponse(DayOfWeek Day, int StartMinute, int EndMinute);

/// <summary>A downtime window on the wire.</summary>
internal sealed record DowntimeResponse(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason);
