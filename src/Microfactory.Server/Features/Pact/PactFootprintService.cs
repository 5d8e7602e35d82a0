using System.Text.Json.Nodes;
using Microfactory.Carbon.Pact;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Factories;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The footprints the platform publishes, as PACT v3 <c>ProductFootprint</c> documents: found by the v3 criteria
/// (<see cref="PactCriteria"/> turned into a <see cref="FootprintMatch"/> for the store), a page at a time, and written
/// by <see cref="PactFootprintWriter"/> with the data owner of each factory and the classifications of each template.
/// All clients see every published footprint (deprecated ones included, as the specification recommends).
/// </summary>
internal sealed class PactFootprintService(ProductFootprintStore store, FactoryStore factories, IOptions<PactOptions> pact, IOptions<CarbonOptions> carbon)
{
    /// <summary>One page: the documents and, when more footprints match, the cursor of the next page.</summary>
    public async Task<(IReadOnlyList<JsonObject> Page, string? Next)> ListAsync(PactCriteria criteria, int limit, (DateTimeOffset, Guid)? after, CancellationToken cancellationToken)
    {
        var match = await MatchAsync(criteria, cancellationToken);
        // One more than the page tells whether a next page exists.
        var rows = await store.MatchingAsync(match, after, limit + 1, cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? PactCursor.Encode(page[^1].CreatedAt, page[^1].Id) : null;
        var companies = new Dictionary<string, Company>(StringComparer.Ordinal);
        var documents = new List<JsonObject>(page.Count);
        foreach (var record in page.Where(match.MatchesProduct))
        {
            documents.Add(await DocumentAsync(record, companies, cancellationToken));
        }
        return (documents, next);
    }

    /// <summary>Up to <paramref name="max"/> documents matching <paramref name="criteria"/>, active ones only unless a status is asked for.</summary>
    public async Task<IReadOnlyList<JsonObject>> FindAsync(PactCriteria criteria, int max, CancellationToken cancellationToken)
    {
        if (criteria.Statuses.Count == 0)
        {
            // A request is for footprints to use: a deprecated one "SHOULD NOT be used by data recipients".
            criteria = criteria with { Statuses = [PactVocabulary.Active] };
        }
        var (page, _) = await ListAsync(criteria, max, null, cancellationToken);
        return page;
    }

    public async Task<JsonObject?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } record ? await DocumentAsync(record, [], cancellationToken) : null;

    /// <summary>The store's terms for the v3 criteria: company ids name factories, classifications name templates.</summary>
    private async Task<FootprintMatch> MatchAsync(PactCriteria c, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? factoryIds = null;
        if (c.CompanyIds.Count > 0)
        {
            var (list, _) = await factories.ListAsync(0, 10_000, cancellationToken);
            factoryIds = [.. list.Where(f => CompanyOf(f.Id, f.Name).Ids.Any(id => c.CompanyIds.Contains(id, StringComparer.OrdinalIgnoreCase))).Select(f => f.Id)];
        }
        IReadOnlyList<string>? templateIds = c.Classifications.Count == 0
            ? null
            : [.. pact.Value.Classifications.Where(t => t.Value.Any(u => c.Classifications.Contains(u, StringComparer.OrdinalIgnoreCase))).Select(t => t.Key)];
        IReadOnlyList<string>? statuses = c.Statuses.Count == 0
            ? null
            : [.. new[] { PactVocabulary.Active, PactVocabulary.Deprecated }.Where(s => c.Statuses.Contains(s, StringComparer.OrdinalIgnoreCase))];
        return new FootprintMatch
        {
            ProductIds = c.ProductIds.Count == 0 ? null : c.ProductIds,
            FactoryIds = factoryIds,
            TemplateIds = templateIds,
            // Footprints name a country; a region or subdivision matches none of them.
            Countries = c.Geographies.Count == 0 ? null : [.. c.Geographies.Select(g => g.ToUpperInvariant()).Where(g => g.Length == 2)],
            Statuses = statuses,
            ValidOn = c.ValidOn,
            ValidAfter = c.ValidAfter,
            ValidBefore = c.ValidBefore,
        };
    }

    private async Task<JsonObject> DocumentAsync(ProductFootprintRecord r, Dictionary<string, Company> companies, CancellationToken cancellationToken)
    {
        if (!companies.TryGetValue(r.FactoryId, out var company))
        {
            var factory = await factories.GetAsync(r.FactoryId, cancellationToken);
            company = companies[r.FactoryId] = CompanyOf(r.FactoryId, factory?.Name ?? r.FactoryId);
        }
        var metadata = new PactFootprintMetadata(
            r.Id, r.CreatedAt, r.Status, r.PrecedingIds, r.ValidFrom, r.ValidUntil, company.Name, company.Ids, r.ProductIds, r.ProductName, r.ProductDescription,
            pact.Value.Classifications.TryGetValue(r.TemplateId, out var classes) ? [.. classes.Distinct(StringComparer.Ordinal)] : [],
            r.ReferenceStart, r.ReferenceEnd, string.IsNullOrEmpty(r.GeographyCountry) ? null : r.GeographyCountry);
        return PactFootprintWriter.Write(r.Breakdown, metadata);
    }

    /// <summary>The data owner of a factory's footprints: configured, or the factory's name and the platform's URN for it.</summary>
    private Company CompanyOf(string factoryId, string factoryName)
    {
        var own = $"urn:pact:{carbon.Value.IssuerDomain}:company:{factoryId}";
        var configured = pact.Value.Companies.GetValueOrDefault(factoryId);
        return new Company(
            string.IsNullOrWhiteSpace(configured?.Name) ? factoryName : configured.Name,
            [own, .. (configured?.Ids ?? []).Where(id => !id.Equals(own, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)]);
    }

    private sealed record Company(string Name, IReadOnlyList<string> Ids);
}
