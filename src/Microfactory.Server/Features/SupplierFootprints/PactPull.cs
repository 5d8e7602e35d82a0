namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>One footprint document as a supplier's host sent it (the JSON text of one element of <c>data</c>) and the page it came in.</summary>
internal sealed record PactPulledFootprint(string Json, string SourceUrl);

/// <summary>
/// Why a call to a supplier's PACT host failed: the URL, the HTTP status when there was an answer, the PACT (or OAuth)
/// error code and message the supplier gave, and our account of it.
/// </summary>
internal sealed record PactPullError(string Url, int? Status, string? Code, string Message)
{
    public override string ToString() =>
        $"{Message} [{Url}{(Status is { } s ? $", HTTP {s}" : "")}{(Code is null ? "" : $", code {Code}")}]";
}

/// <summary>What one pull brought: the documents of every page read, the number of pages, and the errors that stopped it (none when it read to the last page).</summary>
internal sealed record PactPull(IReadOnlyList<PactPulledFootprint> Footprints, int Pages, IReadOnlyList<PactPullError> Errors);
