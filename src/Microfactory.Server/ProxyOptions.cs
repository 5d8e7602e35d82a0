namespace Microfactory.Server;

/// <summary>
/// <c>Microfactory:ForwardedHeaders</c>: the reverse proxies (for example a TLS terminator) whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Nothing is believed
/// until a proxy or a network is named; then a request that came through one of them over HTTPS is HTTPS to the
/// server (sign-in cookies are <c>Secure</c>, HSTS is sent). The standard <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>
/// works too, but believes any sender: prefer naming the proxies here.
/// </summary>
internal sealed class ProxyOptions
{
    /// <summary>IP addresses of trusted proxies, e.g. <c>["10.0.0.5", "::1"]</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Trusted networks in CIDR notation, e.g. <c>["10.0.0.0/8"]</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may have added to <c>X-Forwarded-For</c>.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
