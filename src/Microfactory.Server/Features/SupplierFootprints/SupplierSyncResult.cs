namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>A footprint that was not stored: its id when it had a readable one, the field (a path such as <c>pcf.fossilGhgEmissions</c>) and the rule.</summary>
internal sealed record RejectedFootprint(string? FootprintId, string Field, string Rule);

/// <summary>
/// What one sync of a supplier did. <see cref="Fetched"/> counts the documents received, <see cref="Stored"/> the new or
/// changed ones kept, <see cref="Unchanged"/> the ones already stored as they are, <see cref="Deprecated"/> the stored
/// ones a successor replaced, <see cref="Rejected"/> those that did not validate (the first
/// <see cref="SupplierFootprintService.MaxReasons"/> with their reason). <see cref="Errors"/> are the calls that failed.
/// </summary>
internal sealed record SupplierSyncResult(
    string SupplierId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Pages,
    int Fetched,
    int Stored,
    int Unchanged,
    int Deprecated,
    int Rejected,
    IReadOnlyList<RejectedFootprint> RejectedReasons,
    IReadOnlyList<PactPullError> Errors)
{
    /// <summary>One line for the connection's last-sync summary and the log.</summary>
    public string Summary =>
        $"{Fetched} fetched on {Pages} page(s), {Stored} stored, {Unchanged} unchanged, {Deprecated} deprecated, {Rejected} rejected"
        + (RejectedReasons.Count > 0 ? $" (first: {RejectedReasons[0].Field}: {RejectedReasons[0].Rule})" : "")
        + (Errors.Count > 0 ? $"; error: {Errors[0]}" : "");
}
