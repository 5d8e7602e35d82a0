using Microfactory.Shopfloor.Oee;
using static Microfactory.Shopfloor.Tests.Oee.OeeTestData;

namespace Microfactory.Shopfloor.Tests.Oee;

public sealed class EnergyCurveTests
{
    private static long T(int hour, int minute = 0) => Hk(0, hour, minute).UtcTicks;

    [Fact]
    public void Between_InsideOneGap_InterpolatesLinearly()
    {
        var curve = new EnergyCurve([Meter(Hk(0, 8), 10), Meter(Hk(0, 12), 30)]);

        Assert.Equal(5, curve.Between(T(9), T(10)), 9);
        Assert.Equal(20, curve.Between(T(8), T(12)), 9);
    }

    [Fact]
    public void Between_MeterReset_CountsTheResetGapAsZeroAndNeverGoesNegative()
    {
        // 100 → 120 (+20), 120 → 5 (reset: 0), 5 → 25 (+20).
        var curve = new EnergyCurve([Meter(Hk(0, 8), 100), Meter(Hk(0, 10), 120), Meter(Hk(0, 12), 5), Meter(Hk(0, 16), 25)]);

        Assert.Equal(40, curve.Between(T(8), T(16)), 9);
        Assert.Equal(0, curve.Between(T(10, 30), T(11, 30)), 9);
        Assert.Equal(10, curve.Between(T(9), T(11)), 9);
    }

    [Fact]
    public void Between_OutsideTheReadings_IsNotExtrapolated()
    {
        var curve = new EnergyCurve([Meter(Hk(0, 10), 0), Meter(Hk(0, 12), 10)]);

        Assert.Equal(10, curve.Between(T(8), T(16)), 9);
        Assert.Equal(0, curve.Between(T(13), T(16)), 9);
        Assert.Equal(0, curve.Between(T(6), T(9)), 9);
    }

    [Fact]
    public void Between_NoReadingsOrOneReading_IsZero()
    {
        Assert.Equal(0, new EnergyCurve([]).Between(T(8), T(16)));
        Assert.Equal(0, new EnergyCurve([Meter(Hk(0, 9), 42)]).Between(T(8), T(16)));
    }

    [Fact]
    public void Between_TwoReadingsAtTheSameInstant_StepsWithoutDividingByZero()
    {
        var curve = new EnergyCurve([Meter(Hk(0, 8), 0), Meter(Hk(0, 10), 10), Meter(Hk(0, 10), 14), Meter(Hk(0, 12), 24)]);

        Assert.Equal(24, curve.Between(T(8), T(12)), 9);
        Assert.Equal(5, curve.Between(T(11), T(12)), 9);
        Assert.Equal(14, curve.Between(T(8), T(10)), 9);
    }
}
