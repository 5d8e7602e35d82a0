namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The PACT v3 filter criteria, shared by ListFootprints (query parameters) and RequestCreatedEvent (its data): each list
/// holds one criterion's values (OR), criteria are AND'ed, an empty list does not filter. Values are as given (matching
/// is case-insensitive); statuses are kept as given too, so an unknown one matches nothing rather than being refused.
/// </summary>
internal sealed record PactCriteria
{
    /// <summary>Most values one criterion may list.</summary>
    public const int MaxValues = 100;

    /// <summary>Longest value read.</summary>
    public const int MaxValueLength = 2048;

    public IReadOnlyList<string> ProductIds { get; init; } = [];

    public IReadOnlyList<string> CompanyIds { get; init; } = [];

    public IReadOnlyList<string> Geographies { get; init; } = [];

    public IReadOnlyList<string> Classifications { get; init; } = [];

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public DateTimeOffset? ValidOn { get; init; }

    public DateTimeOffset? ValidAfter { get; init; }

    public DateTimeOffset? ValidBefore { get; init; }

    public bool IsEmpty =>
        ProductIds.Count == 0 && CompanyIds.Count == 0 && Geographies.Count == 0 && Classifications.Count == 0 && Statuses.Count == 0
        && ValidOn is null && ValidAfter is null && ValidBefore is null;

    /// <summary>The names of the criteria, as query parameters and as RequestCreatedEvent data fields.</summary>
    public static readonly string[] Names = ["productId", "companyId", "geography", "classification", "validOn", "validAfter", "validBefore", "status"];

    /// <summary>Reads a date-time criterion: RFC 3339 (a '+' that a query string turned into a space is put back).</summary>
    public static DateTimeOffset? Time(string text) =>
        text.Length <= 64 && text.Contains('T', StringComparison.OrdinalIgnoreCase)
        && DateTimeOffset.TryParse(text.Replace(' ', '+'), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
