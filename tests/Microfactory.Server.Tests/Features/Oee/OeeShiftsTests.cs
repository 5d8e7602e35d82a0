using Microfactory.Core.Time;
using Microfactory.Server.Features.Oee;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Server.Tests.Features.Oee;

public sealed class OeeShiftsTests
{
    private static Shift Expected(string label, DayOfWeek day, int startHour, int endHour) => new(label, day, new TimeOnly(startHour, 0), new TimeOnly(endHour % 24, 0));

    [Fact]
    public void From_NightStoredAsTwoHalves_IsOneShiftAcrossMidnight()
    {
        var shifts = OeeShifts.From([new WeeklyShift(DayOfWeek.Tuesday, 0, 360), new WeeklyShift(DayOfWeek.Monday, 1320, 1440), new WeeklyShift(DayOfWeek.Tuesday, 480, 960)]);

        Assert.Equal([Expected("22:00-06:00", DayOfWeek.Monday, 22, 6), Expected("08:00-16:00", DayOfWeek.Tuesday, 8, 16)], shifts);
        Assert.True(shifts[0].CrossesMidnight);
    }

    [Fact]
    public void From_SaturdayNight_JoinsSundayMorningAcrossTheWeekEnd()
    {
        var shifts = OeeShifts.From([new WeeklyShift(DayOfWeek.Sunday, 0, 300), new WeeklyShift(DayOfWeek.Saturday, 1200, 1440)]);

        Assert.Equal([Expected("20:00-05:00", DayOfWeek.Saturday, 20, 5)], shifts);
    }

    [Fact]
    public void From_HalvesThatWouldMakeMoreThanADay_StayApart()
    {
        // 10:00–24:00 and the next day's 00:00–15:00 would be 29 hours; a whole day and a lone half stay as they are.
        var shifts = OeeShifts.From([new WeeklyShift(DayOfWeek.Monday, 600, 1440), new WeeklyShift(DayOfWeek.Tuesday, 0, 900), new WeeklyShift(DayOfWeek.Wednesday, 0, 1440), new WeeklyShift(DayOfWeek.Thursday, 0, 360)]);

        Assert.Equal(
            [Expected("10:00-24:00", DayOfWeek.Monday, 10, 24), Expected("00:00-15:00", DayOfWeek.Tuesday, 0, 15), Expected("00:00-24:00", DayOfWeek.Wednesday, 0, 24), Expected("00:00-06:00", DayOfWeek.Thursday, 0, 6)],
            shifts);
        Assert.Equal(TimeSpan.FromHours(14), shifts[0].NominalLength);
        Assert.Equal(TimeSpan.FromHours(24), shifts[2].NominalLength);
    }
}
