namespace Microfactory.Server.Access;

/// <summary>
/// The clock of sign-in, sessions, lockouts and API keys: people's time. It is the server's clock, except while the
/// simulated twin runs the factory faster than real time (<c>Microfactory:Simulation:SpeedUp</c>): then a session
/// still lasts its hours of real time and a lockout its real minutes.
/// </summary>
internal sealed class WallClock(TimeProvider time)
{
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();

    /// <summary>Waits <paramref name="delay"/> of people's time (the pace of a page's updates, not the factory's clock).</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);
}
