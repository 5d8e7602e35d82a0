using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// A quote request. <c>factoryId</c> may be left out when the server has one factory; <c>customerId</c> is for staff
/// quoting on a customer's behalf (a customer user's quotes are its own); <c>requestedDate</c> is a date at the
/// factory, today or later: the options must complete by the end of that day (without it, within the default horizon).
/// </summary>
[RequiredFields(nameof(Lines))]
internal sealed record QuoteInput(
    string? FactoryId,
    string? CustomerId,
    IReadOnlyList<QuoteLineInput>? Lines,
    DateOnly? RequestedDate);

/// <summary>One product to quote: a published template version, its parameter values as typed, and how many units.</summary>
[RequiredFields(nameof(TemplateId), nameof(TemplateVersion), nameof(Quantity))]
internal sealed record QuoteLineInput(
    string? TemplateId,
    string? TemplateVersion,
    IReadOnlyDictionary<string, string>? Parameters,
    int? Quantity);

/// <summary>Which option of the quote to accept: fastest, cheapest or greenest.</summary>
[RequiredFields(nameof(Option))]
internal sealed record QuoteAcceptInput(string? Option);

/// <summary>
/// A quote on the wire: the three options (fastest, cheapest, greenest, in that order), each line's design summary,
/// the plan version the options were computed against, and until when it can be accepted (<c>expired</c> once
/// that time has passed; <c>acceptedOrderId</c> once accepted).
/// </summary>
internal sealed record QuoteResponse(
    string Id,
    string CustomerId,
    string FactoryId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Expired,
    long PlanVersion,
    DateOnly? RequestedDate,
    DateTimeOffset Deadline,
    IReadOnlyList<QuoteLine> Lines,
    IReadOnlyList<QuoteOption> Options,
    string? AcceptedOrderId,
    string? AcceptedOption)
{
    public static QuoteResponse From(Quote q, DateTimeOffset now) =>
        new(q.Id, q.CustomerId, q.FactoryId, q.CreatedAt, q.ExpiresAt, q.IsExpiredAt(now), q.PlanVersion, q.RequestedDate, q.Deadline, q.Lines, q.Options,
            q.Acceptance?.OrderId, q.Acceptance?.Option);
}
