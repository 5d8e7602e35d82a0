using System.Collections.Frozen;
using Microfactory.Core.Factories;
using Microfactory.Planning.Model;
using CoreMachine = Microfactory.Core.Machines.Machine;
using PlanMachine = Microfactory.Planning.Model.Machine;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// A factory as the scheduler sees it in one <see cref="PlanFrame"/>: its machines in a fixed order (by id), each with
/// the time outside its weekly shifts (read in the factory's time zone, so daylight saving is right) and its downtimes
/// as unavailability, and the factory's hourly tariff and grid intensity for every real hour of the horizon.
/// Immutable; build a new one when a machine, the factory or the frame changes.
/// </summary>
internal sealed class FactoryModel
{
    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, int[]> _capable;

    private FactoryModel(Factory factory, PlanFrame frame, TimeZoneInfo zone, IReadOnlyList<CoreMachine> machines, IReadOnlyList<PlanMachine> planning,
        EnergyProfile energy, IReadOnlyList<decimal> costPerHour, decimal labourRatePerHour)
    {
        Factory = factory;
        Frame = frame;
        Zone = zone;
        Machines = machines;
        PlanningMachines = planning;
        Energy = energy;
        CostPerHour = costPerHour;
        LabourRatePerHour = labourRatePerHour;
        _index = machines.Select((m, i) => (m.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        // A machine without any weekly shift never works, so it is no option for any operation.
        _capable = machines.SelectMany((m, i) => m.Calendar.WeeklyMinutes > 0 ? m.Capabilities.Select(c => (c, i)) : [])
            .GroupBy(p => p.c, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.i).Order().ToArray(), StringComparer.Ordinal);
    }

    public Factory Factory { get; }

    public PlanFrame Frame { get; }

    /// <summary>The factory's time zone (calendars and tariff hours are local).</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The factory's machines ordered by id; the index in this list is the Planning machine index.</summary>
    public IReadOnlyList<CoreMachine> Machines { get; }

    /// <summary>The same machines for the scheduler: Name = machine id, PowerKw = working power, Unavailable = outside shifts plus downtime, merged.</summary>
    public IReadOnlyList<PlanMachine> PlanningMachines { get; }

    /// <summary>Tariff and grid intensity per hour of the frame (60 ticks per hour); hour h is [Origin + h, Origin + h + 1).</summary>
    public EnergyProfile Energy { get; }

    /// <summary>Cost of an occupied machine hour for quotes: the machine's hourly rate plus the labour rate, per machine index.</summary>
    public IReadOnlyList<decimal> CostPerHour { get; }

    public decimal LabourRatePerHour { get; }

    /// <summary>The Planning index of a machine, or -1 when the factory has no such machine.</summary>
    public int IndexOf(string machineId) => _index.TryGetValue(machineId, out var i) ? i : -1;

    public CoreMachine MachineAt(int index) => Machines[index];

    /// <summary>Indices of the machines with a capability that have working hours (empty when none has).</summary>
    public IReadOnlyList<int> CapableMachines(string capabilityId) => _capable.TryGetValue(capabilityId, out var m) ? m : [];

    /// <summary>Whether a machine can work throughout [start, end): no unavailability window overlaps it.</summary>
    public bool IsAvailable(int machine, long startTick, long endTick) =>
        !PlanningMachines[machine].Unavailable.Any(w => w.Overlaps(startTick, endTick));

    public static FactoryModel Build(Factory factory, IReadOnlyList<CoreMachine> machines, PlanFrame frame, decimal labourRatePerHour)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(machines);
        ArgumentNullException.ThrowIfNull(frame);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
        var ordered = machines.OrderBy(m => m.Id, StringComparer.Ordinal).ToArray();
        var planning = ordered.Select(m => new PlanMachine(m.Id, m.WorkingPowerKw, Unavailable(m, frame, zone), m.HourlyRate + labourRatePerHour)).ToArray();
        var prices = new decimal[frame.HorizonHours];
        var intensity = new double[frame.HorizonHours];
        for (var h = 0; h < frame.HorizonHours; h++)
        {
            var local = TimeZoneInfo.ConvertTime(frame.Origin.AddHours(h), zone);
            var rate = factory.EnergyProfile.FirstOrDefault(r => r.Hour == local.Hour) ?? factory.RateAt(local.Hour);
            prices[h] = rate.PricePerKwh;
            intensity[h] = rate.GridKgCo2ePerKwh;
        }
        return new FactoryModel(factory, frame, zone, ordered, planning, new EnergyProfile(PlanFrame.TicksPerHour, prices, intensity),
            [.. ordered.Select(m => m.HourlyRate + labourRatePerHour)], labourRatePerHour);
    }

    /// <summary>The time outside the weekly shifts plus the downtimes, merged, over [0, horizon).</summary>
    private static List<TimeWindow> Unavailable(CoreMachine machine, PlanFrame frame, TimeZoneInfo zone)
    {
        var horizon = frame.HorizonTick;
        var open = new List<(long Start, long End)>();
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(frame.Origin, zone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(frame.HorizonEnd, zone).DateTime).AddDays(1);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            foreach (var shift in machine.Calendar.Shifts)
            {
                if (shift.Day != day.DayOfWeek)
                {
                    continue;
                }
                var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
                var start = frame.ToTick(ToUtc(midnight.AddMinutes(shift.StartMinute), zone));
                var end = frame.ToTick(ToUtc(midnight.AddMinutes(shift.EndMinute), zone));
                (start, end) = (Math.Max(start, 0), Math.Min(end, horizon));
                if (end > start)
                {
                    open.Add((start, end));
                }
            }
        }
        var closed = new List<(long Start, long End)>();
        var cursor = 0L;
        foreach (var (start, end) in open.OrderBy(w => w.Start))
        {
            if (start > cursor)
            {
                closed.Add((cursor, start));
            }
            cursor = Math.Max(cursor, end);
        }
        if (cursor < horizon)
        {
            closed.Add((cursor, horizon));
        }
        foreach (var downtime in machine.Calendar.Downtimes)
        {
            var start = Math.Max(frame.ToTick(downtime.StartsAt), 0);
            var end = Math.Min(frame.ToTickCeiling(downtime.EndsAt), horizon);
            if (end > start)
            {
                closed.Add((start, end));
            }
        }
        var merged = new List<TimeWindow>();
        foreach (var (start, end) in closed.OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].EndTick)
            {
                merged[^1] = merged[^1] with { EndTick = Math.Max(merged[^1].EndTick, end) };
            }
            else
            {
                merged.Add(new TimeWindow(start, end));
            }
        }
        return merged;
    }

    /// <summary>
    /// A local wall-clock time as UTC: a time skipped by a daylight-saving jump counts from the end of the jump, a time
    /// that occurs twice counts at its first occurrence.
    /// </summary>
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }
}
