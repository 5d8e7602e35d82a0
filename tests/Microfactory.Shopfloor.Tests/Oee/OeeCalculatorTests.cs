using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Oee;
using static Microfactory.Shopfloor.Tests.Oee.OeeTestData;

namespace Microfactory.Shopfloor.Tests.Oee;

public sealed class OeeCalculatorTests
{
    private const int Precision = 9;

    [Fact]
    public void Calculate_SimpleEightHourShift_MatchesHandComputedFigures()
    {
        // 08:00 setup, 08:30 running, 12:00 idle, 12:30 running, 16:10 off: run 7 h, setup 30 min, idle 30 min of 8 h planned.
        var input = Input(
            states: [State(Hk(0, 7, 50), MachineState.Idle), State(Hk(0, 8), MachineState.Setup), State(Hk(0, 8, 30), MachineState.Running), State(Hk(0, 12), MachineState.Idle), State(Hk(0, 12, 30), MachineState.Running), State(Hk(0, 16, 10), MachineState.Off)],
            counts: [Parts(Hk(0, 7, 55), 50), Parts(Hk(0, 10), 180, 10), Parts(Hk(0, 15, 59), 200, 10), Parts(Hk(0, 16, 5), 40)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(28_800, figures.PlannedSeconds, Precision);
        Assert.Equal(25_200, figures.RunSeconds, Precision);
        Assert.Equal(1_800, figures.SetupSeconds, Precision);
        Assert.Equal(1_800, figures.IdleSeconds, Precision);
        Assert.Equal(0, figures.OffSeconds, Precision);
        Assert.Equal(380, figures.GoodCount);
        Assert.Equal(20, figures.ScrapCount);
        Assert.Equal(0.875, figures.Availability!.Value, Precision);
        Assert.Equal(24_000.0 / 25_200, figures.Performance!.Value, Precision);
        Assert.Equal(0.95, figures.Quality!.Value, Precision);
        Assert.Equal(380.0 * 60 / 28_800, figures.Oee!.Value, Precision);
    }

    [Fact]
    public void Calculate_CountWithoutIdealCycle_CountsForQualityButAddsNoIdealTime()
    {
        // Running all 8 h; 100 parts at 60 s (6000 s ideal) and 50 parts of no known operation (no ideal time).
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running)],
            counts: [Parts(Hk(0, 9), 100), new PartCount("mch_1", Hk(0, 10), 40, 10, null)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(140, figures.GoodCount);
        Assert.Equal(10, figures.ScrapCount);
        Assert.Equal(6_000, figures.IdealSeconds, Precision);
        Assert.Equal(6_000.0 / 28_800, figures.Performance!.Value, Precision);
        Assert.Equal(140.0 / 150, figures.Quality!.Value, Precision);
    }

    [Fact]
    public void Calculate_NightShiftAcrossMidnight_CountsPartsBothSidesAndBelongsToTheStartDay()
    {
        var night = new Shift("night", DayOfWeek.Monday, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var input = Input(
            machines: [Machine("mch_1", night)],
            to: Hk(1, 12),
            states: [State(Hk(0, 21, 55), MachineState.Running), State(Hk(1, 6, 5), MachineState.Idle)],
            counts: [Parts(Hk(0, 23, 30), 100, cycleSeconds: 120), Parts(Hk(1, 2), 120, 10, cycleSeconds: 120), Parts(Hk(1, 6), 99, cycleSeconds: 120)]);

        var byDay = Report(input, OeeGrouping.Day);
        var byShift = Report(input, OeeGrouping.Shift);

        var day = Assert.Single(byDay.Items);
        Assert.Equal(new DateOnly(2026, 11, 30), day.Date);
        Assert.Equal(Hk(0, 22), day.From);
        Assert.Equal(Hk(1, 6), day.To);
        Assert.Equal(28_800, day.Figures.PlannedSeconds, Precision);
        Assert.Equal(1, day.Figures.Availability!.Value, Precision);
        Assert.Equal(220, day.Figures.GoodCount);
        Assert.Equal(10, day.Figures.ScrapCount);
        Assert.Equal(230.0 * 120 / 28_800, day.Figures.Performance!.Value, Precision);
        Assert.Equal(220.0 * 120 / 28_800, day.Figures.Oee!.Value, Precision);
        var shift = Assert.Single(byShift.Items);
        Assert.Equal("night", shift.ShiftLabel);
        Assert.Equal(new DateOnly(2026, 11, 30), shift.Date);
        Assert.Equal(day.Figures, shift.Figures);
    }

    [Fact]
    public void Calculate_ShiftStartedBeforeTheWindow_IsClippedAndDatedByItsStart()
    {
        var night = new Shift("night", DayOfWeek.Sunday, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var input = Input(machines: [Machine("mch_1", night)], states: [State(Hk(-1, 20), MachineState.Running)]);

        var item = Assert.Single(Report(input, OeeGrouping.Shift).Items);

        Assert.Equal(new DateOnly(2026, 11, 29), item.Date);
        Assert.Equal(Hk(0, 0), item.From);
        Assert.Equal(Hk(0, 6), item.To);
        Assert.Equal(21_600, item.Figures.PlannedSeconds, Precision);
    }

    [Fact]
    public void Calculate_BreakdownOfFortyFiveMinutes_IsAnAvailabilityLoss()
    {
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running), State(Hk(0, 10), MachineState.Down), State(Hk(0, 10, 45), MachineState.Running)],
            counts: [Parts(Hk(0, 9), 100), Parts(Hk(0, 15), 300)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(2_700, figures.DownSeconds, Precision);
        Assert.Equal(26_100, figures.RunSeconds, Precision);
        Assert.Equal(26_100.0 / 28_800, figures.Availability!.Value, Precision);
        Assert.Equal(24_000.0 / 26_100, figures.Performance!.Value, Precision);
        Assert.Equal(1, figures.Quality!.Value, Precision);
        Assert.Equal(24_000.0 / 28_800, figures.Oee!.Value, Precision);
    }

    [Fact]
    public void Calculate_MachineFirstReportingAtNoon_CountsPlannedTimeFromThenOnly()
    {
        // Connected at 12:00 and running to 16:00: the 4 h before are unknown, not lost; without ReportingSince they are off.
        var connected = new OeeMachine("mch_1", [DayShift()], MachineState.Off, Hk(0, 12));
        var states = new[] { State(Hk(0, 12), MachineState.Running) };

        var since = Report(Input(machines: [connected], states: states)).Items.Single().Figures;
        var always = Report(Input(states: states)).Items.Single().Figures;
        var never = Report(Input(machines: [connected with { ReportingSince = Hk(1, 0) }])).Items.Single().Figures;

        Assert.Equal(14_400, since.PlannedSeconds, Precision);
        Assert.Equal(1, since.Availability!.Value, Precision);
        Assert.Equal(28_800, always.PlannedSeconds, Precision);
        Assert.Equal(0.5, always.Availability!.Value, Precision);
        Assert.Equal(0, never.PlannedSeconds, Precision);
        Assert.Null(never.Oee);
    }

    [Fact]
    public void Calculate_PlannedDowntime_ReducesPlannedTimeAndIgnoresWhatHappensInside()
    {
        // Maintenance 12:00-13:00 for every machine: the idle hour is not a loss and the parts counted in it do not count.
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running), State(Hk(0, 12), MachineState.Idle), State(Hk(0, 13), MachineState.Running)],
            counts: [Parts(Hk(0, 11), 200), Parts(Hk(0, 12, 30), 50), Parts(Hk(0, 15), 150)],
            downtimes: [new PlannedDowntime(Hk(0, 12), Hk(0, 13), "maintenance")]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(25_200, figures.PlannedSeconds, Precision);
        Assert.Equal(0, figures.IdleSeconds, Precision);
        Assert.Equal(1, figures.Availability!.Value, Precision);
        Assert.Equal(350, figures.GoodCount);
        Assert.Equal(350.0 * 60 / 25_200, figures.Performance!.Value, Precision);
    }

    [Fact]
    public void Calculate_DowntimeForOneMachine_LeavesTheOtherMachinesPlan()
    {
        var input = Input(
            machines: [Machine("mch_1", DayShift()), Machine("mch_2", DayShift())],
            downtimes: [new PlannedDowntime(Hk(0, 6), Hk(0, 10), "tool change", "mch_2")]);

        var items = Report(input).Items;

        Assert.Equal(28_800, items[0].Figures.PlannedSeconds, Precision);
        Assert.Equal(21_600, items[1].Figures.PlannedSeconds, Precision);
    }

    [Fact]
    public void Calculate_Scrap_LowersQualityOnly()
    {
        var input = Input(states: [State(Hk(0, 8), MachineState.Running)], counts: [Parts(Hk(0, 12), 432, 48)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(0.9, figures.Quality!.Value, Precision);
        Assert.Equal(1, figures.Performance!.Value, Precision);
        Assert.Equal(0.9, figures.Oee!.Value, Precision);
    }

    [Fact]
    public void Calculate_MorePartsThanIdealCycleAllows_CapsPerformanceAtOne()
    {
        // One hour running, 100 parts at an ideal 60 s each would need 100 minutes.
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running), State(Hk(0, 9), MachineState.Idle)],
            counts: [Parts(Hk(0, 8, 50), 95, 5)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(6_000, figures.IdealSeconds, Precision);
        Assert.Equal(1, figures.Performance!.Value, Precision);
        Assert.Equal(0.125 * 0.95, figures.Oee!.Value, Precision);
    }

    [Fact]
    public void Calculate_IdealCycleFromTheOperation_IsUsedWhenTheCountHasNone()
    {
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running)],
            counts: [new PartCount("mch_1", Hk(0, 10), 480, 0, null, "op_1")]) with
        {
            IdealCycleSecondsByOperation = new Dictionary<string, double> { ["op_1"] = 30 },
        };

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(14_400, figures.IdealSeconds, Precision);
        Assert.Equal(0.5, figures.Performance!.Value, Precision);
    }

    [Fact]
    public void Calculate_FactoryTotal_SumsTimesAndCountsInsteadOfAveragingRatios()
    {
        // mch_1: 8 h planned, all running, 8 h of ideal work: OEE 1. mch_2: 4 h planned, 2 h running, 1 h of ideal work: OEE 0.25.
        var morning = new Shift("morning", DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0));
        var input = Input(
            machines: [Machine("mch_1", DayShift()), Machine("mch_2", morning)],
            states: [State(Hk(0, 8), MachineState.Running), State(Hk(0, 8), MachineState.Running, "mch_2"), State(Hk(0, 10), MachineState.Idle, "mch_2")],
            counts: [Parts(Hk(0, 12), 480), Parts(Hk(0, 9), 60, machine: "mch_2")]);

        var report = Report(input);

        Assert.Equal(1, report.Items[0].Figures.Oee!.Value, Precision);
        Assert.Equal(0.25, report.Items[1].Figures.Oee!.Value, Precision);
        Assert.Equal(43_200, report.FactoryTotal.PlannedSeconds, Precision);
        Assert.Equal(10.0 / 12, report.FactoryTotal.Availability!.Value, Precision);
        Assert.Equal(9.0 / 10, report.FactoryTotal.Performance!.Value, Precision);
        Assert.Equal(0.75, report.FactoryTotal.Oee!.Value, Precision);
        Assert.Equal(report.FactoryTotal, Assert.Single(report.FactoryPeriods).Figures);
    }

    [Fact]
    public void Calculate_EveryGrouping_GivesTheSameFactoryTotal()
    {
        var night = new Shift("night", DayOfWeek.Monday, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var input = Input(
            machines: [Machine("mch_1", DayShift(), DayShift(DayOfWeek.Tuesday), night), Machine("mch_2", DayShift(DayOfWeek.Tuesday))],
            to: Hk(2, 0),
            states: [State(Hk(0, 8), MachineState.Running), State(Hk(1, 3), MachineState.Down), State(Hk(1, 9), MachineState.Running, "mch_2")],
            counts: [Parts(Hk(0, 9), 10, 1), Parts(Hk(1, 1), 20), Parts(Hk(1, 12), 30, 3, machine: "mch_2")],
            meters: [Meter(Hk(0, 0), 0), Meter(Hk(2, 0), 48)]);

        var reports = Enum.GetValues<OeeGrouping>().Select(by => Report(input, by)).ToList();

        Assert.All(reports, r => Assert.Equal(reports[0].FactoryTotal, r.FactoryTotal));
        Assert.Equal(4 * 28_800, reports[0].FactoryTotal.PlannedSeconds, Precision);
        Assert.Equal(4, reports[0].FactoryTotal.ScrapCount);
        Assert.All(reports, r => Assert.Equal(4 * 28_800, r.Items.Sum(i => i.Figures.PlannedSeconds), Precision));
        Assert.All(reports, r => Assert.Equal(4 * 28_800, r.FactoryPeriods.Sum(i => i.Figures.PlannedSeconds), Precision));
        Assert.All(reports, r => Assert.Equal(60, r.Items.Sum(i => i.Figures.GoodCount)));
        // Only mch_1 has a meter (1 kWh an hour); 24 of its 48 hours are planned.
        Assert.All(reports, r => Assert.Equal(24, r.Items.Sum(i => i.Figures.EnergyKwh), Precision));
        Assert.Equal([2, 4, 3], reports.Select(r => r.Items.Count));
    }

    [Fact]
    public void Calculate_ByShiftWithTwoMachines_FactoryPeriodsSumTheSameOccurrence()
    {
        var input = Input(
            machines: [Machine("mch_1", DayShift(), DayShift(DayOfWeek.Tuesday)), Machine("mch_2", DayShift())],
            to: Hk(2, 0),
            states: [State(Hk(0, 8), MachineState.Running)]);

        var report = Report(input, OeeGrouping.Shift);

        Assert.Equal(3, report.Items.Count);
        Assert.Equal(["mch_1", "mch_1", "mch_2"], report.Items.Select(i => i.MachineId));
        Assert.Equal(2, report.FactoryPeriods.Count);
        Assert.Null(report.FactoryPeriods[0].MachineId);
        Assert.Equal(new DateOnly(2026, 11, 30), report.FactoryPeriods[0].Date);
        Assert.Equal(57_600, report.FactoryPeriods[0].Figures.PlannedSeconds, Precision);
        Assert.Equal(0.5, report.FactoryPeriods[0].Figures.Availability!.Value, Precision);
        Assert.Equal(1, report.FactoryPeriods[1].Figures.Availability!.Value, Precision);
    }

    [Fact]
    public void Calculate_EmptyInputs_GivesNoItemsAndNullRatios()
    {
        var report = Report(Input(machines: []), OeeGrouping.Day);

        Assert.Empty(report.Items);
        Assert.Empty(report.FactoryPeriods);
        Assert.Equal(OeeFigures.Empty, report.FactoryTotal);
        Assert.Null(report.FactoryTotal.Availability);
        Assert.Null(report.FactoryTotal.Oee);
        Assert.Null(report.FactoryTotal.KwhPerGood);
    }

    [Fact]
    public void Calculate_MachineWithoutShifts_HasAMachineRowWithNullRatios()
    {
        var report = Report(Input(machines: [Machine("mch_1")], states: [State(Hk(0, 8), MachineState.Running)], counts: [Parts(Hk(0, 9), 10)]));

        var item = Assert.Single(report.Items);
        Assert.Equal("mch_1", item.MachineId);
        Assert.Equal(0, item.Figures.PlannedSeconds);
        Assert.Equal(0, item.Figures.GoodCount);
        Assert.Null(item.Figures.Oee);
    }

    [Fact]
    public void Calculate_NoStatesInAShift_CountsTheShiftAsOffWithOeeZero()
    {
        var figures = Report(Input()).Items.Single().Figures;

        Assert.Equal(28_800, figures.OffSeconds, Precision);
        Assert.Equal(0, figures.Availability!.Value);
        Assert.Null(figures.Performance);
        Assert.Null(figures.Quality);
        Assert.Equal(0, figures.Oee!.Value);
    }

    [Fact]
    public void Calculate_ShiftFullyInPlannedDowntime_HasZeroPlannedTimeAndNullRatios()
    {
        var input = Input(states: [State(Hk(0, 8), MachineState.Running)], downtimes: [new PlannedDowntime(Hk(0, 0), Hk(1, 0), "holiday")]);

        var item = Assert.Single(Report(input, OeeGrouping.Shift).Items);

        Assert.Equal(0, item.Figures.PlannedSeconds);
        Assert.Null(item.Figures.Availability);
        Assert.Null(item.Figures.Performance);
        Assert.Null(item.Figures.Oee);
    }

    [Fact]
    public void Calculate_InitialStateGiven_AppliesBeforeTheFirstChange()
    {
        var input = Input(machines: [new OeeMachine("mch_1", [DayShift()], MachineState.Running)], states: [State(Hk(0, 12), MachineState.Idle)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(14_400, figures.RunSeconds, Precision);
        Assert.Equal(14_400, figures.IdleSeconds, Precision);
    }

    [Fact]
    public void Calculate_StateChangesOutOfOrderAndTied_SortsAndTakesTheLaterOneGiven()
    {
        var input = Input(states: [State(Hk(0, 12), MachineState.Idle), State(Hk(0, 8), MachineState.Down), State(Hk(0, 8), MachineState.Running)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(0, figures.DownSeconds);
        Assert.Equal(14_400, figures.RunSeconds, Precision);
    }

    [Fact]
    public void Calculate_MeterReadingsOutOfOrder_InterpolatesAtTheShiftEdges()
    {
        // 07:00 100 kWh, 10:00 130, 18:00 170: at 08:00 the meter reads 110, at 16:00 it reads 160.
        var input = Input(
            states: [State(Hk(0, 8), MachineState.Running)],
            counts: [Parts(Hk(0, 12), 400)],
            meters: [Meter(Hk(0, 18), 170), Meter(Hk(0, 7), 100), Meter(Hk(0, 10), 130)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(50, figures.EnergyKwh, Precision);
        Assert.Equal(0.125, figures.KwhPerGood!.Value, Precision);
    }

    [Fact]
    public void Calculate_EnergyInPlannedDowntime_IsLeftOut()
    {
        var input = Input(meters: [Meter(Hk(0, 8), 0), Meter(Hk(0, 16), 80)], downtimes: [new PlannedDowntime(Hk(0, 12), Hk(0, 14), "maintenance")]);

        Assert.Equal(60, Report(input).Items.Single().Figures.EnergyKwh, Precision);
    }

    [Fact]
    public void Calculate_NoGoodParts_HasNullKwhPerGood()
    {
        var input = Input(meters: [Meter(Hk(0, 8), 0), Meter(Hk(0, 16), 80)], counts: [Parts(Hk(0, 9), 0, 5)]);

        var figures = Report(input).Items.Single().Figures;

        Assert.Equal(80, figures.EnergyKwh, Precision);
        Assert.Null(figures.KwhPerGood);
        Assert.Equal(0, figures.Quality!.Value);
    }

    [Fact]
    public void Calculate_BerlinNightShiftIntoSpringForward_IsSevenHoursLong()
    {
        // Saturday 28 March 2026 22:00 CET (21:00 UTC) to Sunday 06:00 CEST (04:00 UTC).
        var night = new Shift("night", DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var from = new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.FromHours(1));
        var input = Input(
            zone: Berlin,
            machines: [Machine("mch_1", night)],
            from: from,
            to: from.AddDays(2),
            states: [State(from, MachineState.Running)],
            counts: [Parts(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.FromHours(2)), 420)]);

        var item = Assert.Single(Report(input, OeeGrouping.Day).Items);

        Assert.Equal(new DateOnly(2026, 3, 28), item.Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 21, 0, 0, TimeSpan.Zero), item.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 4, 0, 0, TimeSpan.Zero), item.To);
        Assert.Equal(25_200, item.Figures.PlannedSeconds, Precision);
        Assert.Equal(1, item.Figures.Performance!.Value, Precision);
    }

    [Fact]
    public void Calculate_BerlinNightShiftIntoFallBack_IsNineHoursLong()
    {
        // Saturday 24 October 2026 22:00 CEST (20:00 UTC) to Sunday 06:00 CET (05:00 UTC).
        var night = new Shift("night", DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var from = new DateTimeOffset(2026, 10, 24, 0, 0, 0, TimeSpan.FromHours(2));
        var input = Input(zone: Berlin, machines: [Machine("mch_1", night)], from: from, to: from.AddDays(2), states: [State(from, MachineState.Running)]);

        var item = Assert.Single(Report(input, OeeGrouping.Shift).Items);

        Assert.Equal(32_400, item.Figures.PlannedSeconds, Precision);
        Assert.Equal(32_400, item.Figures.RunSeconds, Precision);
    }
}
