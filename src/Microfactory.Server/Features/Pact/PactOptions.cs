namespace Microfactory.Server.Features.Pact;

/// <summary>
/// <c>Microfactory:Pact</c>: the PACT v3 host. Clients listed here are registered (or brought in step) at every start, for
/// automation (<c>Microfactory__Pact__Clients__0__ClientId</c> / <c>__ClientSecret</c>); admins add more through the API.
/// </summary>
internal sealed class PactOptions
{
    public const string Section = "Microfactory:Pact";

    /// <summary>Access tokens last one hour (PACT v3 example: <c>expires_in</c> 3600).</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    /// <summary>A RequestCreatedEvent's answer is given up 72 hours after the request arrived (PACT v3 OpenAPI).</summary>
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromHours(72);

    public List<PactClientOptions> Clients { get; set; } = [];

    /// <summary>Footprints per page when the caller gives no <c>limit</c>.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>Most footprints per page, whatever <c>limit</c> asks (the host MAY return fewer).</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>The wait after the first failed delivery of an answer; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two delivery attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most footprints sent in one RequestFulfilledEvent.</summary>
    public int MaxFulfilledFootprints { get; set; } = 100;

    /// <summary>The data owner of each factory's footprints (PACT <c>companyName</c>, <c>companyIds</c>), by factory id; defaults to the factory's name and a <c>urn:pact:</c> id.</summary>
    public Dictionary<string, PactCompanyOptions> Companies { get; set; } = [];

    /// <summary>Product classification URNs (PACT <c>productClassifications</c>) by template id, such as <c>urn:pact:productclassification:un-cpc:38140</c>.</summary>
    public Dictionary<string, List<string>> Classifications { get; set; } = [];

    public void Validate()
    {
        foreach (var (client, i) in Clients.Select((c, i) => (c, i)))
        {
            var prefix = $"{Section}:Clients:{i}";
            if (!PactSecrets.IsClientId(client.ClientId))
            {
                throw new InvalidOperationException($"{prefix}:ClientId must be 3 to 100 characters of letters, digits, '-', '_' or '.'.");
            }
            if (client.ClientSecret is not { Length: >= PactSecrets.MinConfiguredSecretLength and <= PactSecrets.MaxSecretLength })
            {
                throw new InvalidOperationException($"{prefix}:ClientSecret must be {PactSecrets.MinConfiguredSecretLength} to {PactSecrets.MaxSecretLength} characters long.");
            }
        }
        if (Clients.GroupBy(c => c.ClientId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"{Section}:Clients names client '{twice.Key}' twice.");
        }
        if (RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            throw new InvalidOperationException($"{Section}: RetryBaseDelay must be positive and RetryMaxDelay at least RetryBaseDelay.");
        }
        if (DefaultPageSize < 1 || MaxPageSize < DefaultPageSize)
        {
            throw new InvalidOperationException($"{Section}: DefaultPageSize must be at least 1 and MaxPageSize at least DefaultPageSize.");
        }
    }
}

/// <summary>One configured PACT client, with its callback credentials when it sends footprint requests.</summary>
internal sealed class PactClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string? Name { get; set; }

    /// <summary>The client's own PACT API base URL (its <c>/3/events</c> receives our answers).</summary>
    public string? CallbackBaseUrl { get; set; }

    /// <summary>Where its <c>/auth/token</c> is, when not at <see cref="CallbackBaseUrl"/>.</summary>
    public string? CallbackAuthBaseUrl { get; set; }

    public string? CallbackClientId { get; set; }

    public string? CallbackClientSecret { get; set; }
}

/// <summary>The data owner named in a factory's footprints.</summary>
internal sealed class PactCompanyOptions
{
    public string? Name { get; set; }

    /// <summary>Company URNs (<c>urn:…</c>) besides the platform's own <c>urn:pact:{domain}:company:{factoryId}</c>.</summary>
    public List<string> Ids { get; set; } = [];
}
