using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Shopfloor.Tests.Oee;

/// <summary>Shared helpers: Hong Kong (UTC+8, no DST) in the week of Monday 30 November 2026, and Berlin for DST days.</summary>
internal static class OeeTestData
{
    public static TimeZoneInfo HongKong { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Hong Kong wall-clock time on 2026-11-30 (Monday) plus <paramref name="dayOffset"/> days.</summary>
    public static DateTimeOffset Hk(int dayOffset, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8)).AddDays(dayOffset).AddHours(hour).AddMinutes(minute);

    public static Shift DayShift(DayOfWeek day = DayOfWeek.Monday) => new("day", day, new TimeOnly(8, 0), new TimeOnly(16, 0));

    public static OeeMachine Machine(string id, params Shift[] shifts) => new(id, shifts);

    public static StateChange State(DateTimeOffset at, MachineState state, string machine = "mch_1") => new(machine, at, state);

    public static PartCount Parts(DateTimeOffset at, int good, int scrap = 0, double cycleSeconds = 60, string machine = "mch_1") => new(machine, at, good, scrap, cycleSeconds);

    public static MeterReading Meter(DateTimeOffset at, double kwh, string machine = "mch_1") => new(machine, at, kwh);

    /// <summary>An input over Monday (local midnight to midnight) for one machine with the 08:00–16:00 day shift unless told otherwise.</summary>
    public static OeeInput Input(
        IReadOnlyList<StateChange>? states = null,
        IReadOnlyList<PartCount>? counts = null,
        IReadOnlyList<MeterReading>? meters = null,
        IReadOnlyList<PlannedDowntime>? downtimes = null,
        IReadOnlyList<OeeMachine>? machines = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        TimeZoneInfo? zone = null) =>
        new(
            zone ?? HongKong,
            from ?? Hk(0, 0),
            to ?? Hk(1, 0),
            machines ?? [Machine("mch_1", DayShift())],
            states ?? [],
            counts ?? [],
            meters ?? [],
            downtimes ?? []);

    public static OeeReport Report(OeeInput input, OeeGrouping by = OeeGrouping.Machine)
    {
        var result = OeeCalculator.Calculate(input, by);
        Assert.True(result.IsSuccess, result.Error);
        return result.Report;
    }
}
