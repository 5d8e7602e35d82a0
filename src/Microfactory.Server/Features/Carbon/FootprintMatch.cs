namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// Which footprints a search wants (PACT v3 ListFootprints filters): each list is one criterion whose values are OR'ed,
/// criteria are AND'ed; a null list does not filter, an empty one matches nothing. Product ids match case-insensitively;
/// countries are ISO codes in capitals. Validity: <see cref="ValidOn"/> inside [start, end], <see cref="ValidAfter"/>
/// before the start, <see cref="ValidBefore"/> after the end (all strict but <see cref="ValidOn"/>).
/// </summary>
internal sealed record FootprintMatch
{
    public IReadOnlyList<string>? ProductIds { get; init; }

    public IReadOnlyList<string>? FactoryIds { get; init; }

    public IReadOnlyList<string>? TemplateIds { get; init; }

    public IReadOnlyList<string>? Countries { get; init; }

    public IReadOnlyList<string>? Statuses { get; init; }

    public DateTimeOffset? ValidOn { get; init; }

    public DateTimeOffset? ValidAfter { get; init; }

    public DateTimeOffset? ValidBefore { get; init; }

    /// <summary>True when some criterion has no value that could match.</summary>
    public bool MatchesNothing =>
        ProductIds is { Count: 0 } || FactoryIds is { Count: 0 } || TemplateIds is { Count: 0 } || Countries is { Count: 0 } || Statuses is { Count: 0 };

    /// <summary>The exact test of <see cref="ProductIds"/> (the store's SQL narrows by the stored JSON text first).</summary>
    public bool MatchesProduct(ProductFootprintRecord footprint) =>
        ProductIds is null || footprint.ProductIds.Any(p => ProductIds.Contains(p, StringComparer.OrdinalIgnoreCase));
}
