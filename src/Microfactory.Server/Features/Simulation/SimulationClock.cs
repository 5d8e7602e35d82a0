namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// The server's clock while the simulated twin runs: simulated time passes <c>speedUp</c> times faster than the real
/// clock from an anchor. <see cref="ContinueFrom"/> moves the anchor forward to where a previous run stopped, so a
/// restart never sends the factory's time backwards. Timers and timestamps stay real (pacing is real time).
/// </summary>
internal sealed class SimulationClock(TimeProvider real, double speedUp) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _simulatedAnchor = real.GetUtcNow();
    private DateTimeOffset _realAnchor = real.GetUtcNow();
    private double _speedUp = speedUp;

    public double SpeedUp => _speedUp;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _simulatedAnchor + (real.GetUtcNow() - _realAnchor) * _speedUp;
        }
    }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    /// <summary>Continues from <paramref name="simulatedNow"/> when it is later than the clock's present (never goes back).</summary>
    public void ContinueFrom(DateTimeOffset simulatedNow)
    {
        lock (_lock)
        {
            var realNow = real.GetUtcNow();
            if (simulatedNow > _simulatedAnchor + (realNow - _realAnchor) * _speedUp)
            {
                (_simulatedAnchor, _realAnchor) = (simulatedNow, realNow);
            }
        }
    }

    /// <summary>
    /// Stops the clock where it stands. For a command that compares answers with facts read a moment before (mf copilot
    /// evaluate): a clock that moves between the two makes "today" two windows of different length.
    /// </summary>
    public void Hold()
    {
        lock (_lock)
        {
            var realNow = real.GetUtcNow();
            (_simulatedAnchor, _realAnchor, _speedUp) = (_simulatedAnchor + (realNow - _realAnchor) * _speedUp, realNow, 0);
        }
    }
}
