using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Oee;

/// <summary>Running sums behind <see cref="OeeFigures"/>: exact ticks per state, counts, ideal seconds and kWh.</summary>
internal sealed class Tally
{
    public long[] TicksByState { get; } = new long[MachineStates.Names.Count];

    public long Good { get; set; }

    public long Scrap { get; set; }

    public double IdealSeconds { get; set; }

    public double EnergyKwh { get; set; }

    public void Add(Tally other)
    {
        for (var s = 0; s < TicksByState.Length; s++)
        {
            TicksByState[s] += other.TicksByState[s];
        }
        Good += other.Good;
        Scrap += other.Scrap;
        IdealSeconds += other.IdealSeconds;
        EnergyKwh += other.EnergyKwh;
    }

    public OeeFigures ToFigures()
    {
        double Seconds(MachineState state) => (double)TicksByState[(int)state] / TimeSpan.TicksPerSecond;
        var planned = (double)TicksByState.Sum() / TimeSpan.TicksPerSecond;
        return new OeeFigures(
            planned,
            Seconds(MachineState.Running),
            Seconds(MachineState.Idle),
            Seconds(MachineState.Setup),
            Seconds(MachineState.Down),
            Seconds(MachineState.Off),
            Good,
            Scrap,
            IdealSeconds,
            EnergyKwh);
    }
}
