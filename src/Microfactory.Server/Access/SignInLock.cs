namespace Microfactory.Server.Access;

/// <summary>A lock on sign-in: <see cref="Scope"/> is <c>account</c> or <c>client</c>; sign-in may be tried again from <see cref="Until"/>.</summary>
internal sealed record SignInLock(string Scope, DateTimeOffset Until)
{
    /// <summary>Whole seconds until the lock ends, at least one (for <c>Retry-After</c>).</summary>
    public int RetryAfterSeconds(DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((Until - now).TotalSeconds));

    /// <summary>What a person reads: plainly locked, when to retry, and nothing about whether the account exists.</summary>
    public string Message(DateTimeOffset now)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((Until - now).TotalMinutes));
        // Rounded up to the minute, so that trying at the time shown works.
        var shown = new DateTime((Until.UtcDateTime.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var when = $"{shown:HH:mm} UTC (in {minutes} minute{(minutes == 1 ? "" : "s")})";
        return Scope == SignInThrottle.ClientScope
            ? $"Sign-in from your network is temporarily locked after too many failed attempts. Try again after {when}."
            : $"Sign-in for this e-mail is temporarily locked after too many failed attempts. Try again after {when}.";
    }
}
