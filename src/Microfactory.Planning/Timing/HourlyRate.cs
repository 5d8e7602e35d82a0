using Microfactory.Planning.Model;

namespace Microfactory.Planning.Timing;

/// <summary>
/// One hourly list of an <see cref="EnergyProfile"/> (price or kg CO2e per kWh) with O(1)
/// integrals of a constant-power block. Works in doubles: it ranks placements; reported
/// figures come from <c>EnergyIntegral</c>.
/// </summary>
/// <remarks>
/// The value of a block of <c>length</c> ticks at power P started at integer tick s is
/// P / TicksPerHour × Σ over its ticks of the hour's rate. As s moves by one tick the block
/// gains its next tick and loses its first, so the value is linear in s between the points
/// where s or s + length crosses an hour boundary (<see cref="NextKink"/>), with slope
/// P / TicksPerHour × (rate(s + length) − rate(s)).
/// </remarks>
internal sealed class HourlyRate
{
    private readonly double[] _perHour;
    private readonly double[] _cumulative;

    private HourlyRate(long ticksPerHour, double[] perHour)
    {
        TicksPerHour = ticksPerHour;
        _perHour = perHour;
        _cumulative = new double[perHour.Length + 1];
        for (var h = 0; h < perHour.Length; h++)
        {
            _cumulative[h + 1] = _cumulative[h] + perHour[h];
        }
        CycleTicks = perHour.Length * ticksPerHour;
    }

    public long TicksPerHour { get; }

    /// <summary>Ticks after which the list repeats.</summary>
    public long CycleTicks { get; }

    /// <summary>The rate for <paramref name="metric"/>, or null without a profile.</summary>
    public static HourlyRate? For(EnergyProfile? profile, EnergyMetric metric) => profile is null
        ? null
        : new HourlyRate(profile.TicksPerHour, metric == EnergyMetric.Cost
            ? [.. profile.PricePerKwh.Select(p => (double)p)]
            : [.. profile.KgCo2ePerKwh]);

    /// <summary>The rate of the hour containing tick <paramref name="tick"/> (at least 0).</summary>
    public double At(long tick) => _perHour[HourIndex(tick)];

    /// <summary>The rate of the <paramref name="index"/>-th hour of the cycle.</summary>
    public double OfHour(int index) => _perHour[index];

    /// <summary>Position in the cycle of the hour containing <paramref name="tick"/> (at least 0).</summary>
    public int HourIndex(long tick) => (int)(tick / TicksPerHour % _perHour.Length);

    /// <summary>The cycle position after <paramref name="index"/>.</summary>
    public int NextHour(int index) => index + 1 == _perHour.Length ? 0 : index + 1;

    /// <summary>The first hour boundary after <paramref name="tick"/>.</summary>
    public long NextBoundary(long tick) => ((tick / TicksPerHour) + 1) * TicksPerHour;

    /// <summary>Cost of running at <paramref name="powerKw"/> over [start, start + length), start at least 0.</summary>
    public double Block(double powerKw, long start, long length)
    {
        if (length <= 0 || powerKw == 0)
        {
            return 0;
        }
        // Measure from the start of start's cycle, so that large ticks do not cost precision.
        var origin = start - (start % CycleTicks);
        return powerKw / TicksPerHour * (Prefix(start - origin + length) - Prefix(start - origin));
    }

    /// <summary>How <see cref="Block"/> changes per tick of start, valid from <paramref name="start"/> up to (excluding) <see cref="NextKink"/>.</summary>
    public double Slope(double powerKw, long start, long length) =>
        length <= 0 || powerKw == 0 ? 0 : powerKw / TicksPerHour * (At(start + length) - At(start));

    /// <summary>The first start after <paramref name="start"/> at which the block's start or end crosses an hour boundary.</summary>
    public long NextKink(long start, long length)
    {
        var startCrossing = ((start / TicksPerHour) + 1) * TicksPerHour;
        var endCrossing = (((start + length) / TicksPerHour) + 1) * TicksPerHour - length;
        return Math.Min(startCrossing, endCrossing);
    }

    /// <summary>Σ of the rate over ticks [0, t).</summary>
    private double Prefix(long t)
    {
        var hour = t / TicksPerHour;
        var cycles = hour / _perHour.Length;
        var h = (int)(hour % _perHour.Length);
        return (((cycles * _cumulative[^1]) + _cumulative[h]) * TicksPerHour) + ((t - (hour * TicksPerHour)) * _perHour[h]);
    }
}
