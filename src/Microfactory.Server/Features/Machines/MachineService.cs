using Microfactory.Core.Ids;
using Microfactory.Core.Machines;
using Microfactory.Core.Time;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Factories;

namespace Microfactory.Server.Features.Machines;

/// <summary>Lists, reads, creates and updates machines; checks that their factory and capabilities exist and their calendar is consistent.</summary>
internal sealed class MachineService(MachineStore store, FactoryStore factories, CapabilityStore capabilities, IdFactory ids, TimeProvider time)
{
    public const double MaxPowerKw = 2000;
    public const int MaxCapabilities = 50;
    public const int MaxShifts = 70;
    public const int MaxDowntimes = 200;
    public const int MaxReasonLength = 500;
    public const int MaxIdLength = 100;

    public async Task<ItemPage<Machine>> ListAsync(string? factoryId, PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await store.ListAsync(factoryId, page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Machine>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Machine>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } machine
            ? ServiceResult<Machine>.Ok(machine)
            : ServiceResult<Machine>.NotFound($"No machine with id '{id}'.");

    public async Task<ServiceResult<Machine>> CreateAsync(MachineInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        errors.OptionalId(IdPrefix.Machine, input.Id);
        return await Writes.InsertAsync(errors, () => ToMachine(input.Id ?? ids.New(IdPrefix.Machine), input), machine => store.InsertAsync(machine, time.GetUtcNow(), cancellationToken),
            machine => $"A machine with id '{machine.Id}' already exists.");
    }

    public async Task<ServiceResult<Machine>> UpdateAsync(string id, MachineInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        errors.SameId(input.Id, id);
        return await Writes.ReplaceAsync(errors, () => ToMachine(id, input), machine => store.UpdateAsync(machine, time.GetUtcNow(), cancellationToken),
            $"No machine with id '{id}'.");
    }

    private async Task<FieldErrors> ValidateAsync(MachineInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        errors.Text("model", input.Model, 500);
        errors.Range("idlePowerKw", input.IdlePowerKw, 0, MaxPowerKw);
        errors.Range("workingPowerKw", input.WorkingPowerKw, 0, MaxPowerKw);
        if (input.IdlePowerKw is { } idle && input.WorkingPowerKw is { } working && idle > working)
        {
            errors.Add("idlePowerKw", "idlePowerKw must not exceed workingPowerKw: a machine draws more power working than waiting.");
        }
        errors.Range("hourlyRate", input.HourlyRate, 0m, 100_000m);
        errors.MaxLength("factoryId", input.FactoryId, MaxIdLength);
        if (errors.Required("factoryId", input.FactoryId) && input.FactoryId!.Length <= MaxIdLength && !await factories.ExistsAsync(input.FactoryId, cancellationToken))
        {
            errors.Add("factoryId", $"factoryId '{input.FactoryId}' names no factory.");
        }
        if (errors.Required("capabilities", input.Capabilities))
        {
            if (input.Capabilities!.Count is 0 or > MaxCapabilities)
            {
                errors.Add("capabilities", $"capabilities must name between 1 and {MaxCapabilities} capabilities.");
            }
            else if (input.Capabilities.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add("capabilities", "capabilities must not contain empty ids.");
            }
            else if (input.Capabilities.Any(c => c.Length > MaxIdLength))
            {
                errors.Add("capabilities", $"capabilities: an id is at most {MaxIdLength} characters long.");
            }
            else
            {
                var known = await capabilities.ExistingIdsAsync(input.Capabilities, cancellationToken);
                foreach (var unknown in input.Capabilities.Where(c => !known.Contains(c)).Distinct(StringComparer.Ordinal))
                {
                    errors.Add("capabilities", $"capabilities: '{unknown}' names no capability (see GET /api/v1/capabilities).");
                }
            }
        }
        ValidateCalendar(input.Calendar, errors);
        return errors;
    }

    private static void ValidateCalendar(CalendarInput? calendar, FieldErrors errors)
    {
        if (calendar is null)
        {
            return; // no calendar means "no scheduled hours yet", which is a valid state for a new machine
        }
        ValidateShifts(calendar.Shifts ?? [], errors);
        ValidateDowntimes(calendar.Downtimes ?? [], errors);
    }

    private static void ValidateShifts(IReadOnlyList<ShiftInput?> shifts, FieldErrors errors)
    {
        if (shifts.Count > MaxShifts)
        {
            errors.Add("calendar.shifts", $"calendar.shifts may hold at most {MaxShifts} shifts, not {shifts.Count}.");
            return;
        }
        var valid = new List<(int Index, DayOfWeek Day, int Start, int End)>();
        for (var i = 0; i < shifts.Count; i++)
        {
            var field = $"calendar.shifts[{i}]";
            var shift = shifts[i];
            if (shift is null)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            errors.Required($"{field}.day", shift.Day);
            errors.Range($"{field}.startMinute", shift.StartMinute, 0, 1439);
            errors.Range($"{field}.endMinute", shift.EndMinute, 1, 1440);
            if (shift.StartMinute is { } start && shift.EndMinute is { } end && start >= end)
            {
                errors.Add($"{field}.endMinute", $"{field}.endMinute must be after startMinute.");
            }
            if (shift is { Day: { } day, StartMinute: >= 0 and < 1440, EndMinute: > 0 and <= 1440 } && shift.StartMinute < shift.EndMinute && Enum.IsDefined(day))
            {
                valid.Add((i, day, shift.StartMinute.Value, shift.EndMinute.Value));
            }
        }
        // Two shifts of a day may touch but not overlap (the same start is an overlap).
        foreach (var day in valid.GroupBy(s => s.Day))
        {
            var byIndex = day.ToDictionary(s => s.Index);
            foreach (var (later, earlier) in Overlaps(day.Select(s => (s.Index, (long)s.Start, (long)s.End))))
            {
                var field = $"calendar.shifts[{later}]";
                var other = byIndex[earlier];
                errors.Add(field, $"{field} overlaps calendar.shifts[{earlier}] ({Camel(day.Key)} {Clock(other.Start)}–{Clock(other.End)}): shifts of one day must not overlap.");
            }
        }
    }

    private static void ValidateDowntimes(IReadOnlyList<DowntimeInput?> downtimes, FieldErrors errors)
    {
        if (downtimes.Count > MaxDowntimes)
        {
            errors.Add("calendar.downtimes", $"calendar.downtimes may hold at most {MaxDowntimes} windows, not {downtimes.Count}: remove windows that are over.");
            return;
        }
        var valid = new List<(int Index, long StartMs, long EndMs)>();
        for (var i = 0; i < downtimes.Count; i++)
        {
            var field = $"calendar.downtimes[{i}]";
            var window = downtimes[i];
            if (window is null)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            errors.Required($"{field}.startsAt", window.StartsAt);
            errors.Required($"{field}.endsAt", window.EndsAt);
            errors.Text($"{field}.reason", window.Reason, MaxReasonLength);
            if (window.StartsAt is not { } s || window.EndsAt is not { } e)
            {
                continue;
            }
            // Windows are kept to the millisecond: compare them as they will be stored.
            var (startMs, endMs) = (s.ToUnixTimeMilliseconds(), e.ToUnixTimeMilliseconds());
            if (endMs <= startMs)
            {
                errors.Add($"{field}.endsAt", $"{field}.endsAt must be after startsAt.");
                continue;
            }
            valid.Add((i, startMs, endMs));
        }
        // Windows may touch but not overlap (the same start is an overlap): join overlapping ones into one.
        var byIndex = valid.ToDictionary(w => w.Index);
        foreach (var (later, earlier) in Overlaps(valid))
        {
            var field = $"calendar.downtimes[{later}]";
            var other = byIndex[earlier];
            errors.Add(field, $"{field} overlaps calendar.downtimes[{earlier}] ({Iso(other.StartMs)} to {Iso(other.EndMs)}): downtime windows must not overlap; join them into one.");
        }
    }

    /// <summary>
    /// Half-open intervals that overlap an earlier-starting one, as (index of the later in the list, index of the one it
    /// overlaps); each interval is reported once, against the interval that reaches furthest before it.
    /// </summary>
    private static IEnumerable<(int Later, int Earlier)> Overlaps(IEnumerable<(int Index, long Start, long End)> intervals)
    {
        (int Index, long Start, long End)? reach = null;
        foreach (var interval in intervals.OrderBy(i => i.Start).ThenBy(i => i.Index))
        {
            if (reach is { } r && interval.Start < r.End)
            {
                yield return r.Index < interval.Index ? (interval.Index, r.Index) : (r.Index, interval.Index);
            }
            if (reach is null || interval.End > reach.Value.End)
            {
                reach = interval;
            }
        }
    }

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    private static string Camel(DayOfWeek day) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(day.ToString());

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static Machine ToMachine(string id, MachineInput input) =>
        new(id, input.FactoryId!, input.Name!.Trim(), input.Model!.Trim(), [.. input.Capabilities!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            input.IdlePowerKw!.Value, input.WorkingPowerKw!.Value, input.HourlyRate!.Value,
            new AvailabilityCalendar(
                [.. (input.Calendar?.Shifts ?? []).Select(s => new WeeklyShift(s.Day!.Value, s.StartMinute!.Value, s.EndMinute!.Value)).OrderBy(s => s.Day).ThenBy(s => s.StartMinute)],
                [.. (input.Calendar?.Downtimes ?? []).Select(d => new TimeWindow(d.StartsAt!.Value, d.EndsAt!.Value, d.Reason!.Trim())).OrderBy(d => d.StartsAt)]));
}
