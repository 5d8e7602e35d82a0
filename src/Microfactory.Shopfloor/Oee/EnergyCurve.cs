namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// A machine's energy use as a non-decreasing, piecewise-linear function of time, built from its cumulative meter readings
/// sorted by time. Between two readings the meter is interpolated linearly. A reading lower than the one before it is a
/// meter reset or replacement: the energy of that one gap is unknown and counts as 0, and counting goes on from the new value,
/// so energy is never negative. Before the first and after the last reading nothing is extrapolated.
/// </summary>
internal sealed class EnergyCurve
{
    private readonly long[] _at;
    private readonly double[] _consumed;

    public EnergyCurve(IEnumerable<MeterReading> readings)
    {
        var sorted = readings.OrderBy(r => r.At.UtcTicks).ToArray();
        _at = [.. sorted.Select(r => r.At.UtcTicks)];
        _consumed = new double[sorted.Length];
        for (var i = 1; i < sorted.Length; i++)
        {
            _consumed[i] = _consumed[i - 1] + Math.Max(0, sorted[i].CumulativeKwh - sorted[i - 1].CumulativeKwh);
        }
    }

    /// <summary>kWh used during [<paramref name="start"/>, <paramref name="end"/>), UTC ticks; 0 or more.</summary>
    public double Between(long start, long end) => end <= start ? 0 : Math.Max(0, At(end) - At(start));

    private double At(long instant)
    {
        if (_at.Length == 0 || instant <= _at[0])
        {
            return 0;
        }
        if (instant >= _at[^1])
        {
            return _consumed[^1];
        }
        // Last reading at or before the instant; the next one is strictly later, so the span is never zero.
        int lo = 0, hi = _at.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_at[mid] <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var i = lo - 1;
        var fraction = (double)(instant - _at[i]) / (_at[i + 1] - _at[i]);
        return _consumed[i] + ((_consumed[i + 1] - _consumed[i]) * fraction);
    }
}
