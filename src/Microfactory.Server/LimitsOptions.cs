namespace Microfactory.Server;

/// <summary>
/// <c>Microfactory:Limits</c>: how much one request may carry. Requests over a limit are refused with a problem
/// (413, 414, 431) before any endpoint runs. Kestrel's own hard limits are set to twice these, so only requests far
/// over a limit meet Kestrel's bare answer (no body, connection closed).
/// </summary>
internal sealed class LimitsOptions
{
    /// <summary>Largest JSON request body in bytes (1 MiB): no resource of the API needs more.</summary>
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest request body of any other kind in bytes (4 MiB): template YAML, sign-in and publish forms.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Longest request target (path and query string) in characters.</summary>
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>Largest total size of the request headers in bytes.</summary>
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;
}
