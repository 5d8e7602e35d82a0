namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The query string of ListFootprints: the v3 filters (names case-insensitive, as the specification's own example
/// writes them), <c>limit</c>, and <c>cursor</c> (from our pagination links). OData <c>$filter</c> (v2, deprecated in v3)
/// and custom <c>x-…</c> filters, which this host does not offer, are NotImplemented rather than ignored: ignoring a
/// filter would hand back footprints the caller excluded. Empty values are ignored (a filter with nothing in it).
/// </summary>
internal sealed record PactListQuery(PactCriteria Criteria, int Limit, string? Cursor)
{
    public const string CursorName = "cursor";
    public const string LimitName = "limit";

    public static (PactListQuery? Query, IResult? Problem) Parse(IQueryCollection query, PactOptions options)
    {
        foreach (var key in query.Keys)
        {
            if (key.StartsWith('$'))
            {
                return (null, PactErrors.NotImplemented($"'{Short(key)}' is not supported: the OData $filter of PACT v2 is deprecated in v3; use the v3 filters ({string.Join(", ", PactCriteria.Names)})."));
            }
            if (key.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
            {
                return (null, PactErrors.NotImplemented($"The custom filter '{Short(key)}' is not offered by this host."));
            }
            if (!PactCriteria.Names.Contains(key, StringComparer.OrdinalIgnoreCase) && !key.Equals(LimitName, StringComparison.OrdinalIgnoreCase) && !key.Equals(CursorName, StringComparison.OrdinalIgnoreCase))
            {
                return (null, PactErrors.BadRequest($"Unknown query parameter '{Short(key)}'; ListFootprints takes {string.Join(", ", PactCriteria.Names)}, limit and the cursor of a pagination link."));
            }
        }
        string? problem = null;
        IReadOnlyList<string> Values(string name)
        {
            var values = query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (values.Count > PactCriteria.MaxValues)
            {
                problem ??= $"{name} lists {values.Count} values; at most {PactCriteria.MaxValues} are accepted.";
            }
            if (values.FirstOrDefault(v => v.Length > PactCriteria.MaxValueLength) is not null)
            {
                problem ??= $"A {name} value is longer than {PactCriteria.MaxValueLength} characters.";
            }
            return values;
        }
        DateTimeOffset? Time(string name)
        {
            var values = Values(name);
            if (values.Count > 1)
            {
                problem ??= $"{name} must be given once.";
                return null;
            }
            if (values.Count == 1 && PactCriteria.Time(values[0]) is not { } time)
            {
                problem ??= $"{name} '{Short(values[0])}' is not an RFC 3339 date-time such as 2025-04-01T00:00:00Z.";
                return null;
            }
            return values.Count == 1 ? PactCriteria.Time(values[0]) : null;
        }
        var criteria = new PactCriteria
        {
            ProductIds = Values("productId"),
            CompanyIds = Values("companyId"),
            Geographies = Values("geography"),
            Classifications = Values("classification"),
            Statuses = Values("status"),
            ValidOn = Time("validOn"),
            ValidAfter = Time("validAfter"),
            ValidBefore = Time("validBefore"),
        };
        var limit = options.DefaultPageSize;
        var limits = Values(LimitName);
        if (limits.Count > 1)
        {
            problem ??= "limit must be given once.";
        }
        else if (limits.Count == 1)
        {
            if (!int.TryParse(limits[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                problem ??= $"limit '{Short(limits[0])}' must be a whole number of at least 1.";
            }
            limit = Math.Clamp(limit, 1, options.MaxPageSize);
        }
        var cursors = Values(CursorName);
        if (cursors.Count > 1)
        {
            problem ??= "cursor must be given once: follow the Link header as it is.";
        }
        return problem is not null
            ? (null, PactErrors.BadRequest(problem))
            : (new PactListQuery(criteria, limit, cursors.SingleOrDefault()), null);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
