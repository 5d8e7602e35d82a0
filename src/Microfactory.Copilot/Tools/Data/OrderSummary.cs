namespace Microfactory.Copilot.Tools.Data;

/// <summary>An order as the copilot reads it.</summary>
/// <param name="Id">The order id (<c>ord_…</c>).</param>
/// <param name="Number">The order number people use (<c>SO-1042</c>).</param>
/// <param name="CustomerName">Whose order it is.</param>
/// <param name="Status">draft, submitted, planned, in production, completed, shipped or cancelled.</param>
/// <param name="PromisedAt">The promised completion, when one was given.</param>
/// <param name="PlannedCompletionAt">When the live plan finishes it, when it is planned.</param>
/// <param name="LatenessHours">Hours the planned completion lies after the promise (0 when on time).</param>
/// <param name="Priority">The planning priority (−10 to 10, as in the order API).</param>
/// <param name="Link">The order's page.</param>
public sealed record OrderSummary(
    string Id, string Number, string CustomerName, string Status, DateTimeOffset? PromisedAt, DateTimeOffset? PlannedCompletionAt,
    decimal LatenessHours, int Priority, string Link)
{
    /// <summary>Whether the plan finishes the order after its promise.</summary>
    public bool IsLate => LatenessHours > 0;

    /// <summary>The order as a citation.</summary>
    public Citation Cite() => new("order", Id, Number, Link);
}
