namespace Microfactory.Server;

/// <summary>The <c>Microfactory</c> configuration section (environment: <c>Microfactory__…</c>).</summary>
internal sealed class MicrofactoryOptions
{
    public const string Section = "Microfactory";

    /// <summary>SQLite file (<c>Data Source=…</c>) or PostgreSQL (<c>Host=…;Database=…</c>).</summary>
    public string ConnectionString { get; set; } = "Data Source=./data/microfactory.db";

    /// <summary>Where the keys that protect sign-in cookies are kept, so sessions survive a restart.</summary>
    public string DataProtectionKeysPath { get; set; } = "./data/keys";

    public SeedOptions Seed { get; set; } = new();

    public BootstrapOptions Bootstrap { get; set; } = new();

    public LimitsOptions Limits { get; set; } = new();

    public ProxyOptions ForwardedHeaders { get; set; } = new();
}

/// <summary>What to put into an empty database at first start.</summary>
internal sealed class SeedOptions
{
    /// <summary>Seed the Kwun Tong demo microfactory when the database has no factory yet.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>
    /// With the demo, also its sample supplier footprint (labelled demo sample data) for two steel sheets, so the demo's
    /// footprints show primary supplier data in use. Off for tests whose independent figures take secondary factors only.
    /// </summary>
    public bool DemoSupplierFootprints { get; set; } = true;
}

/// <summary>The first administrator, so that scripts and people can work against a fresh server.</summary>
internal sealed class BootstrapOptions
{
    /// <summary>An API key (at least 20 characters) that is registered for the initial admin. Without it the first start prints a generated one.</summary>
    public string? AdminApiKey { get; set; }

    public string AdminEmail { get; set; } = "admin@microfactory.local";

    /// <summary>The initial admin's password for the web UI (at least 12 characters). Without it the first start prints a generated one.</summary>
    public string? AdminPassword { get; set; }
}
