namespace Microfactory.Server.Access;

/// <summary>
/// The <c>Microfactory:SignIn</c> section: how failed sign-ins are throttled and how long a browser
/// session lives. Failures are counted per account (the e-mail as typed) and per client address; a
/// subject that reaches its limit within <see cref="FailureWindow"/> is locked for <see cref="Lockout"/>.
/// </summary>
internal sealed class SignInSettings
{
    /// <summary>Failed sign-ins for one e-mail within the window that lock it.</summary>
    public int AccountFailureLimit { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address (an IPv6 client by its /64) within the window that lock it.</summary>
    public int ClientFailureLimit { get; set; } = 20;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session not used for this long ends (the sign-in cookie slides over the same span).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A session ends this long after sign-in however much it is used.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Refuses settings that would switch the protection off or make it meaningless; called at start.</summary>
    public void Validate()
    {
        if (AccountFailureLimit < 1 || ClientFailureLimit < 1)
        {
            throw new InvalidOperationException("Microfactory:SignIn:AccountFailureLimit and ClientFailureLimit must be at least 1.");
        }
        if (FailureWindow <= TimeSpan.Zero || Lockout <= TimeSpan.Zero || SessionIdleTimeout <= TimeSpan.Zero || SessionLifetime < SessionIdleTimeout)
        {
            throw new InvalidOperationException("Microfactory:SignIn: FailureWindow, Lockout and SessionIdleTimeout must be positive, and SessionLifetime at least SessionIdleTimeout.");
        }
    }
}
