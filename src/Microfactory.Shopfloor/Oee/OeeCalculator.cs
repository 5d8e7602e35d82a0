namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// Overall equipment effectiveness (availability × performance × quality) per machine and for the factory, per shift, per
/// day or for the whole window. Everything is measured over planned production time only: each machine's shift occurrences
/// inside the window minus planned downtime. State time, parts (by their time stamp) and energy outside it are ignored, so
/// the factory total is the same whichever grouping is asked for.
/// </summary>
public static class OeeCalculator
{
    /// <summary>Validates <paramref name="input"/> and computes the report grouped <paramref name="by"/>, or names the first bad field.</summary>
    public static OeeResult Calculate(OeeInput input, OeeGrouping by)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.TimeZone);
        ArgumentNullException.ThrowIfNull(input.Machines);
        ArgumentNullException.ThrowIfNull(input.States);
        ArgumentNullException.ThrowIfNull(input.Counts);
        ArgumentNullException.ThrowIfNull(input.Meters);
        ArgumentNullException.ThrowIfNull(input.Downtimes);
        if (!Enum.IsDefined(by))
        {
            return OeeResult.Failure("by", "must be machine, shift or day");
        }
        if (OeeValidator.Validate(input) is { } failure)
        {
            return failure;
        }
        var units = Measure(input);
        var total = Sum(units.Select(u => u.Tally));
        var report = by switch
        {
            OeeGrouping.Shift => ByShift(units, total),
            OeeGrouping.Day => ByDay(units, total),
            _ => ByMachine(input, units, total),
        };
        return OeeResult.Success(report);
    }

    private static OeeReport ByShift(List<Unit> units, Tally total)
    {
        var items = units.Select(u => new OeeItem(u.MachineId, u.Occurrence.Shift.Label, u.Occurrence.Date, Instant(u.Occurrence.Start), Instant(u.Occurrence.End), u.Tally.ToFigures())).ToList();
        var periods = units
            .GroupBy(u => (u.Occurrence.Date, u.Occurrence.Shift.Label))
            .Select(g => Row(null, g.Key.Label, g.Key.Date, g))
            .OrderBy(r => r.From).ThenBy(r => r.ShiftLabel, StringComparer.Ordinal)
            .ToList();
        return new OeeReport(OeeGrouping.Shift, items, periods, total.ToFigures());
    }

    private static OeeReport ByDay(List<Unit> units, Tally total)
    {
        // Units are already in machine order, then time order; GroupBy keeps first-seen order.
        var items = units.GroupBy(u => (u.MachineIndex, u.Occurrence.Date)).Select(g => Row(g.First().MachineId, null, g.Key.Date, g)).ToList();
        var periods = units.GroupBy(u => u.Occurrence.Date).OrderBy(g => g.Key).Select(g => Row(null, null, g.Key, g)).ToList();
        return new OeeReport(OeeGrouping.Day, items, periods, total.ToFigures());
    }

    private static OeeReport ByMachine(OeeInput input, List<Unit> units, Tally total)
    {
        var byMachine = units.ToLookup(u => u.MachineIndex);
        var items = input.Machines
            .Select((m, index) => new OeeItem(m.MachineId, null, null, input.From, input.To, Sum(byMachine[index].Select(u => u.Tally)).ToFigures()))
            .ToList();
        var figures = total.ToFigures();
        return new OeeReport(OeeGrouping.Machine, items, [new OeeItem(null, null, null, input.From, input.To, figures)], figures);
    }

    private static OeeItem Row(string? machineId, string? label, DateOnly? date, IEnumerable<Unit> group)
    {
        var list = group.ToList();
        return new OeeItem(machineId, label, date, Instant(list.Min(u => u.Occurrence.Start)), Instant(list.Max(u => u.Occurrence.End)), Sum(list.Select(u => u.Tally)).ToFigures());
    }

    /// <summary>One tally per machine and shift occurrence: the smallest unit every grouping is a sum of.</summary>
    private static List<Unit> Measure(OeeInput input)
    {
        var states = input.States.ToLookup(s => s.MachineId, StringComparer.Ordinal);
        var counts = input.Counts.ToLookup(c => c.MachineId, StringComparer.Ordinal);
        var meters = input.Meters.ToLookup(r => r.MachineId, StringComparer.Ordinal);
        var everyMachine = input.Downtimes.Where(d => d.MachineId is null).Select(d => (d.From.UtcTicks, d.To.UtcTicks)).ToList();
        var perMachine = input.Downtimes.Where(d => d.MachineId is not null).ToLookup(d => d.MachineId!, StringComparer.Ordinal);
        var units = new List<Unit>();
        for (var m = 0; m < input.Machines.Count; m++)
        {
            var machine = input.Machines[m];
            var occurrences = ShiftCalendar.Occurrences(machine.Shifts, input.TimeZone, input.From, input.To);
            if (occurrences.Count == 0)
            {
                continue;
            }
            var unknown = machine.ReportingSince is { } since && since > input.From ? [(input.From.UtcTicks, since.UtcTicks)] : Array.Empty<(long, long)>();
            var holes = Intervals.Merge(everyMachine.Concat(perMachine[machine.MachineId].Select(d => (d.From.UtcTicks, d.To.UtcTicks))).Concat(unknown));
            var timeline = new StateTimeline(machine.InitialState, states[machine.MachineId]);
            var energy = new EnergyCurve(meters[machine.MachineId]);
            var parts = counts[machine.MachineId].OrderBy(c => c.At.UtcTicks).ToArray();
            var partTicks = parts.Select(c => c.At.UtcTicks).ToArray();
            foreach (var occurrence in occurrences)
            {
                var tally = new Tally();
                foreach (var (start, end) in Intervals.Subtract(occurrence.Start, occurrence.End, holes))
                {
                    timeline.Accumulate(start, end, tally.TicksByState);
                    tally.EnergyKwh += energy.Between(start, end);
                    for (var p = FirstAtOrAfter(partTicks, start); p < parts.Length && partTicks[p] < end; p++)
                    {
                        var part = parts[p];
                        tally.Good += part.Good;
                        tally.Scrap += part.Scrap;
                        tally.IdealSeconds += IdealCycleSeconds(part, input) * part.Total;
                    }
                }
                units.Add(new Unit(m, machine.MachineId, occurrence, tally));
            }
        }
        return units;
    }

    // The validator made sure an operation id without a cycle on the count is in the map; a count with neither has no ideal time.
    private static double IdealCycleSeconds(PartCount part, OeeInput input) =>
        part.IdealCycleSeconds ?? (part.OperationId is { } operation ? input.IdealCycleSecondsByOperation![operation] : 0);

    private static int FirstAtOrAfter(long[] sorted, long instant)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static Tally Sum(IEnumerable<Tally> tallies)
    {
        var sum = new Tally();
        foreach (var tally in tallies)
        {
            sum.Add(tally);
        }
        return sum;
    }

    private static DateTimeOffset Instant(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private sealed record Unit(int MachineIndex, string MachineId, ShiftOccurrence Occurrence, Tally Tally);
}
