using Microfactory.Planning.Model;

namespace Microfactory.Planning.Objectives;

/// <summary>Energy, cost and emissions of one machine running over [start, end), split at hour boundaries.</summary>
internal static class EnergyIntegral
{
    public static (double Kwh, decimal Cost, double KgCo2e) Of(EnergyProfile? profile, double powerKw, long startTick, long endTick)
    {
        if (profile is null || powerKw == 0 || endTick <= startTick)
        {
            return (0, 0, 0);
        }
        var tph = profile.TicksPerHour;
        double kwh = 0;
        decimal cost = 0;
        double co2 = 0;
        var t = startTick;
        while (t < endTick)
        {
            var hour = t / tph;
            var next = Math.Min(endTick, (hour + 1) * tph);
            var energy = powerKw * (next - t) / tph;
            kwh += energy;
            cost += (decimal)energy * profile.PriceAt(hour);
            co2 += energy * profile.IntensityAt(hour);
            t = next;
        }
        return (kwh, cost, co2);
    }
}
