using System.Text.Json;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>A supplier's PACT connection as an admin sets it; every PUT sends the secret again (it is never shown back).</summary>
[RequiredFields(nameof(BaseUrl), nameof(ClientId), nameof(ClientSecret))]
internal sealed record PactConnectionInput(string? BaseUrl, string? AuthBaseUrl, string? ClientId, string? ClientSecret, bool? Enabled);

/// <summary>A supplier's PACT connection on the wire, without its secret, with the time and summary of its last sync.</summary>
internal sealed record PactConnectionResponse(
    string SupplierId, string BaseUrl, string? AuthBaseUrl, string ClientId, bool Enabled, string Origin, DateTimeOffset UpdatedAt, DateTimeOffset? LastSyncAt, string? LastSyncSummary)
{
    public static PactConnectionResponse From(PactConnection c) =>
        new(c.SupplierId, c.BaseUrl.ToString(), c.AuthBaseUrl?.ToString(), c.ClientId, c.Enabled, c.Origin, c.UpdatedAt, c.LastSyncAt, c.LastSyncSummary);
}

/// <summary>What one sync did: documents fetched, footprints stored (new or changed), unchanged, deprecated by a successor, rejected with their first reasons, and the errors that stopped it.</summary>
internal sealed record SupplierSyncResponse(
    string SupplierId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Pages,
    int Fetched,
    int Stored,
    int Unchanged,
    int Deprecated,
    int Rejected,
    IReadOnlyList<RejectedFootprintResponse> RejectedReasons,
    IReadOnlyList<SyncErrorResponse> Errors)
{
    public static SupplierSyncResponse From(SupplierSyncResult r) =>
        new(r.SupplierId, r.StartedAt, r.FinishedAt, r.Pages, r.Fetched, r.Stored, r.Unchanged, r.Deprecated, r.Rejected,
            [.. r.RejectedReasons.Select(x => new RejectedFootprintResponse(x.FootprintId, x.Field, x.Rule))],
            [.. r.Errors.Select(e => new SyncErrorResponse(e.Url, e.Status, e.Code, e.Message))]);
}

/// <summary>A footprint that did not validate: its id when it had a readable one, the field and the rule it broke.</summary>
internal sealed record RejectedFootprintResponse(string? FootprintId, string Field, string Rule);

/// <summary>A failed call to the supplier's host: the URL, the HTTP status and PACT error code when it answered, and what went wrong.</summary>
internal sealed record SyncErrorResponse(string Url, int? Status, string? Code, string Message);

/// <summary>A stored supplier footprint: the figures the engine takes, its validity and status, where it came from, and the materials it applies to now.</summary>
internal sealed record SupplierFootprintResponse(
    string SupplierId,
    Guid FootprintId,
    IReadOnlyList<string> ProductIds,
    string ProductName,
    string CompanyName,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    DateTimeOffset Created,
    string DeclaredUnit,
    decimal DeclaredUnitAmount,
    decimal KgCo2ePerDeclaredUnit,
    decimal PrimaryDataSharePercent,
    decimal? FossilKgCo2ePerDeclaredUnit,
    decimal? BiogenicKgCo2ePerDeclaredUnit,
    decimal? BiogenicCarbonKgPerDeclaredUnit,
    DataQualityResponse? Dqi,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    string Provenance,
    string SourceUrl,
    DateTimeOffset FetchedAt,
    IReadOnlyList<string> MaterialIds)
{
    public static SupplierFootprintResponse From(SupplierFootprintRecord r, IReadOnlyList<string> materialIds)
    {
        var f = r.Figures;
        return new(r.SupplierId, r.FootprintId, r.ProductIds, r.ProductName, f.SupplierName, r.Status, r.PrecedingIds, r.PactCreated, f.DeclaredUnit, f.DeclaredUnitAmount,
            f.KgCo2ePerDeclaredUnit, f.PrimaryDataSharePercent, f.FossilKgCo2ePerDeclaredUnit, f.BiogenicKgCo2ePerDeclaredUnit, f.BiogenicCarbonKgPerDeclaredUnit,
            f.Dqi is { } d ? new DataQualityResponse(d.TechnologicalDqr, d.GeographicalDqr, d.TemporalDqr) : null,
            f.ValidFrom!.Value, f.ValidUntil!.Value, r.Provenance, r.SourceUrl, r.FetchedAt, materialIds);
    }
}

/// <summary>PACT data quality ratings, 1 (best) to 5.</summary>
internal sealed record DataQualityResponse(decimal TechnologicalDqr, decimal GeographicalDqr, decimal TemporalDqr);

/// <summary>
/// A PACT v3 ProductFootprint as a planner uploads it (documentation only: the body is read as it is, with every other
/// v3 property, by the strict reader). Only the properties the v3 schema requires are listed.
/// </summary>
[RequiredFields(nameof(Id), nameof(SpecVersion), nameof(Created), nameof(Status), nameof(CompanyName), nameof(CompanyIds), nameof(ProductDescription),
    nameof(ProductIds), nameof(ProductNameCompany), nameof(Pcf))]
internal sealed record SupplierFootprintUploadInput(
    string? Id, string? SpecVersion, string? Created, string? Status, string? CompanyName, IReadOnlyList<string>? CompanyIds, string? ProductDescription,
    IReadOnlyList<string>? ProductIds, string? ProductNameCompany, JsonElement? Pcf)
{
    /// <summary>The JSON names of the required properties, in the schema's order.</summary>
    public static readonly string[] RequiredNames =
        ["id", "specVersion", "created", "status", "companyName", "companyIds", "productDescription", "productIds", "productNameCompany", "pcf"];
}

/// <summary>The supplier product ids (PACT productIds, URNs) that a material is; replaces the list.</summary>
[RequiredFields(nameof(ProductIds))]
internal sealed record MaterialSupplierProductsInput(IReadOnlyList<string>? ProductIds);

/// <summary>A material's supplier product ids: footprints of <see cref="SupplierId"/> naming one of them apply to the material.</summary>
internal sealed record MaterialSupplierProductsResponse(string MaterialId, string SupplierId, IReadOnlyList<string> ProductIds);
