namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// <c>Microfactory:Alarms</c>: how often <see cref="AlarmMonitor"/> re-evaluates every factory without new telemetry
/// (<see cref="Interval"/>, real time: overruns grow with the clock alone) and how long it waits after a telemetry batch
/// for more to arrive before it evaluates (<see cref="Debounce"/>).
/// </summary>
internal sealed class AlarmOptions
{
    public const string Section = "Microfactory:Alarms";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <exception cref="InvalidOperationException">A value is out of range.</exception>
    public void Validate()
    {
        if (Interval < TimeSpan.FromMilliseconds(10) || Interval > TimeSpan.FromHours(1))
        {
            throw new InvalidOperationException($"{Section}:Interval must be between 10 ms and 1 hour, not {Interval}.");
        }
        if (Debounce < TimeSpan.Zero || Debounce > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{Section}:Debounce must be between 0 and 1 minute, not {Debounce}.");
        }
    }
}
