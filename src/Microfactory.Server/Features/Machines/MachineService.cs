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
        if (errors.Required("factoryId", input.FactoryId) && !await factories.ExistsAsync(input.FactoryId!, cancellationToken))
        {
            errors.Add("factoryId", $"factoryId '{input.FactoryId}' names no factory.");
        }
        if (errors.Required("capabilities", input.Capabilities))
        {
            if (input.Capabilities!.Count == 0)
            {
                errors.Add("capabilities", "capabilities must name at least one capability.");
            }
            else if (input.Capabilities.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add("capabilities", "capabilities must not contain empty ids.");
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
        var shifts = calendar.Shifts ?? [];
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
        }
        var valid = shifts.Where(s => s is { Day: not null, StartMinute: not null, EndMinute: not null } && s.StartMinute < s.EndMinute).ToList();
        foreach (var day in valid.GroupBy(s => s.Day))
        {
            var ordered = day.OrderBy(s => s.StartMinute).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].StartMinute < ordered[i - 1].EndMinute)
                {
                    errors.Add("calendar.shifts", $"calendar.shifts: shifts on {day.Key} overlap.");
                    break;
                }
            }
        }
        var downtimes = calendar.Downtimes ?? [];
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
            errors.Text($"{field}.reason", window.Reason, 500);
            if (window.StartsAt is { } s && window.EndsAt is { } e && e <= s)
            {
                errors.Add($"{field}.endsAt", $"{field}.endsAt must be after startsAt.");
            }
        }
    }

    private static Machine ToMachine(string id, MachineInput input) =>
        new(id, input.FactoryId!, input.Name!.Trim(), input.Model!.Trim(), [.. input.Capabilities!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            input.IdlePowerKw!.Value, input.WorkingPowerKw!.Value, input.HourlyRate!.Value,
            new AvailabilityCalendar(
                [.. (input.Calendar?.Shifts ?? []).Select(s => new WeeklyShift(s.Day!.Value, s.StartMinute!.Value, s.EndMinute!.Value)).OrderBy(s => s.Day).ThenBy(s => s.StartMinute)],
                [.. (input.Calendar?.Downtimes ?? []).Select(d => new TimeWindow(d.StartsAt!.Value, d.EndsAt!.Value, d.Reason!.Trim())).OrderBy(d => d.StartsAt)]));
}
