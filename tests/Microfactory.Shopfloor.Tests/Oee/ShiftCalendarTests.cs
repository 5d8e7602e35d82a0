using Microfactory.Shopfloor.Oee;
using static Microfactory.Shopfloor.Tests.Oee.OeeTestData;

namespace Microfactory.Shopfloor.Tests.Oee;

public sealed class ShiftCalendarTests
{
    [Fact]
    public void ToInstant_TimeInTheSpringForwardGap_MovesForwardByTheGap()
    {
        var instant = LocalClock.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void ToInstant_TimeShownTwiceAtFallBack_TakesTheEarlierInstant()
    {
        var instant = LocalClock.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void ToInstant_HongKong_IsAlwaysEightHoursAhead()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), LocalClock.ToInstant(new DateTime(2026, 3, 29, 8, 30, 0), HongKong));
    }

    [Fact]
    public void Occurrences_WeekOfDayShifts_OnePerMatchingDayInTimeOrder()
    {
        Shift[] shifts = [DayShift(DayOfWeek.Wednesday), DayShift(DayOfWeek.Monday)];

        var occurrences = ShiftCalendar.Occurrences(shifts, HongKong, Hk(0, 0), Hk(7, 0));

        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)], occurrences.Select(o => o.Date));
        Assert.Equal(Hk(0, 8).UtcTicks, occurrences[0].Start);
        Assert.Equal(Hk(0, 16).UtcTicks, occurrences[0].End);
    }

    [Fact]
    public void Occurrences_WindowEndingInsideAShift_ClipsItAndDropsNothing()
    {
        var occurrences = ShiftCalendar.Occurrences([DayShift()], HongKong, Hk(0, 10), Hk(0, 11));

        var only = Assert.Single(occurrences);
        Assert.Equal(Hk(0, 10).UtcTicks, only.Start);
        Assert.Equal(Hk(0, 11).UtcTicks, only.End);
    }

    [Fact]
    public void Occurrences_DayLongShift_LastsTwentyFourHours()
    {
        var allDay = new Shift("all", DayOfWeek.Monday, new TimeOnly(6, 0), new TimeOnly(6, 0));

        var only = Assert.Single(ShiftCalendar.Occurrences([allDay], HongKong, Hk(0, 0), Hk(3, 0)));

        Assert.Equal(TimeSpan.FromDays(1).Ticks, only.End - only.Start);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 22, 6, DayOfWeek.Tuesday, 5, 13, true)]
    [InlineData(DayOfWeek.Monday, 22, 6, DayOfWeek.Tuesday, 6, 14, false)]
    [InlineData(DayOfWeek.Saturday, 22, 6, DayOfWeek.Sunday, 5, 9, true)]
    [InlineData(DayOfWeek.Monday, 8, 16, DayOfWeek.Monday, 12, 20, true)]
    [InlineData(DayOfWeek.Monday, 8, 16, DayOfWeek.Tuesday, 8, 16, false)]
    public void FirstOverlap_PairsOfShifts_FindsOverlapsAcrossMidnightAndTheWeekEnd(DayOfWeek dayA, int startA, int endA, DayOfWeek dayB, int startB, int endB, bool overlap)
    {
        Shift[] shifts = [new("a", dayA, new TimeOnly(startA, 0), new TimeOnly(endA, 0)), new("b", dayB, new TimeOnly(startB, 0), new TimeOnly(endB, 0))];

        Assert.Equal(overlap, ShiftCalendar.FirstOverlap(shifts) is not null);
    }
}
