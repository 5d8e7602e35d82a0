using Microfactory.Carbon.Model;
using Microfactory.Carbon.Pact;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// A supplier's PACT footprint as stored, with its provenance: where it came from (<see cref="Provenance"/>,
/// <see cref="SourceUrl"/>), when (<see cref="FetchedAt"/>) and the document as received (<see cref="RawJson"/>).
/// <see cref="Figures"/> are what the engine takes; their <see cref="SupplierFootprint.MaterialId"/> is
/// <see cref="Unmatched"/> here, set per material when the mapping (<c>material_supplier_products</c>) matches.
/// </summary>
internal sealed record SupplierFootprintRecord(
    string SupplierId,
    Guid FootprintId,
    IReadOnlyList<string> ProductIds,
    string ProductName,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    DateTimeOffset PactCreated,
    string Provenance,
    string SourceUrl,
    DateTimeOffset FetchedAt,
    string RawJson,
    SupplierFootprint Figures)
{
    /// <summary>The material id of <see cref="Figures"/> before a material is matched.</summary>
    public const string Unmatched = "(unmatched)";

    public const string FromPactApi = "pact-api";
    public const string FromUpload = "upload";
    public const string FromDemoSample = "demo-sample";

    /// <summary>Reads one document strictly (<see cref="PactFootprintReader"/>, and no control characters in its text); a document that breaks a rule gives its <see cref="Problem"/>.</summary>
    public static (SupplierFootprintRecord? Record, Problem? Problem) Read(string supplierId, string json, string provenance, string sourceUrl, DateTimeOffset fetchedAt)
    {
        if (FootprintDocumentText.FirstViolation(json, PactFootprintReader.MaxDepth) is { } text)
        {
            return (null, text);
        }
        var read = PactFootprintReader.Read(json, Unmatched);
        if (!read.IsSuccess)
        {
            return (null, read.Problem);
        }
        var h = read.Header;
        return (new SupplierFootprintRecord(supplierId, h.Id, h.ProductIds, h.ProductName, h.Status, h.PrecedingIds, h.Created, provenance, sourceUrl, fetchedAt, json, read.Footprint), null);
    }
}
