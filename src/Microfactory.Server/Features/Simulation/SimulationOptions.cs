namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// The <c>Microfactory:Simulation</c> section: the simulated twin that runs the factory's live plan on simulated
/// machines and reports their telemetry through the ingest path real machines use. With it on, the server's clock
/// runs <see cref="SpeedUp"/> times faster than real time (sign-in and sessions keep real time).
/// </summary>
internal sealed class SimulationOptions
{
    public const string Section = "Microfactory:Simulation";

    public bool Enabled { get; set; }

    /// <summary>Simulated seconds per real second (1–3600).</summary>
    public double SpeedUp { get; set; } = 60;

    /// <summary>Real time between two steps of the twin.</summary>
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Seed of the machines' variation (durations, failures, scrap).</summary>
    public long Seed { get; set; } = 42;

    /// <summary>Orders the simulated customers place per simulated day (0: none; the twin then only runs what others order).</summary>
    public double OrdersPerDay { get; set; } = 12;

    /// <summary>Orders the simulated customers place at once when the twin starts and the demo factory has no open order (a first day's backlog to watch).</summary>
    public int InitialOrders { get; set; } = 8;

    /// <summary>Mean time between failures of a simulated machine, in operating hours.</summary>
    public double MtbfHours { get; set; } = 40;

    /// <summary>Mean time to repair, in minutes.</summary>
    public double MttrMinutes { get; set; } = 25;

    /// <summary>Share of parts scrapped (and made again).</summary>
    public double ScrapRate { get; set; } = 0.02;

    /// <summary>Coefficient of variation of operation durations around the plan.</summary>
    public double DurationCv { get; set; } = 0.12;

    /// <summary>Simulated seconds between two energy meter readings.</summary>
    public long MeterIntervalSeconds { get; set; } = 300;

    public void Validate()
    {
        if (SpeedUp is < 1 or > 3600 || StepInterval <= TimeSpan.Zero || OrdersPerDay < 0 || InitialOrders is < 0 or > 1000 || MtbfHours <= 0 || MttrMinutes <= 0 || ScrapRate is < 0 or >= 1 || DurationCv is < 0 or > 2
            || MeterIntervalSeconds < 1)
        {
            throw new InvalidOperationException(
                "Microfactory:Simulation: SpeedUp must be 1–3600, StepInterval positive, OrdersPerDay ≥ 0, InitialOrders 0–1000, MtbfHours and MttrMinutes positive, ScrapRate in [0, 1), DurationCv in [0, 2], MeterIntervalSeconds ≥ 1.");
        }
    }
}
