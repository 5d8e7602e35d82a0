namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// <c>Microfactory:Suppliers</c>: how the PACT client pulls suppliers' footprints (bounds, retries, the sync interval) and,
/// for automation, connections configured at start (<c>Microfactory__Suppliers__PactConnections__0__SupplierId</c>, …).
/// </summary>
internal sealed class SupplierFootprintOptions
{
    public const string Section = "Microfactory:Suppliers";

    /// <summary>Time between two syncs of every enabled connection; the first runs at start.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Footprints asked for per page (PACT <c>limit</c>); the supplier may send fewer.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most pages followed in one sync; a supplier with more is reported, what came so far is kept.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Largest response body read, in bytes (a page, a token answer or a discovery document).</summary>
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Each HTTP request is abandoned after this long (and retried when attempts are left).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per request, the first included, on 5xx, 429, timeouts and connection errors.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts, a supplier's <c>Retry-After</c> included.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest footprint upload accepted, in bytes.</summary>
    public int MaxUploadBytes { get; set; } = 256 * 1024;

    public List<PactConnectionOptions> PactConnections { get; set; } = [];

    public void Validate()
    {
        if (SyncInterval < TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{Section}:SyncInterval must be at least one minute.");
        }
        if (PageSize is < 1 or > 1000 || MaxPages < 1 || MaxBodyBytes < 1024 || MaxAttempts is < 1 or > 10 || MaxUploadBytes < 1024)
        {
            throw new InvalidOperationException($"{Section}: PageSize must be 1 to 1000, MaxPages at least 1, MaxBodyBytes and MaxUploadBytes at least 1024, MaxAttempts 1 to 10.");
        }
        if (RequestTimeout <= TimeSpan.Zero || RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            throw new InvalidOperationException($"{Section}: RequestTimeout and RetryBaseDelay must be positive and RetryMaxDelay at least RetryBaseDelay.");
        }
        if (PactConnections.GroupBy(c => c.SupplierId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"{Section}:PactConnections names supplier '{twice.Key}' twice.");
        }
    }
}

/// <summary>One supplier's PACT connection from configuration, brought in step at every start.</summary>
internal sealed class PactConnectionOptions
{
    public string SupplierId { get; set; } = "";

    public string? BaseUrl { get; set; }

    public string? AuthBaseUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public bool Enabled { get; set; } = true;
}
