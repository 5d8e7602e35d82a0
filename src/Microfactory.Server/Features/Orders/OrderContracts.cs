using System.Text.Json.Serialization;
using Microfactory.Core.Orders;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Orders;

/// <summary>
/// An order as clients send it. A customer user may leave <c>customerId</c> out (it is their own) and may
/// not name another customer. <c>factoryId</c> may be left out when the server has one factory (the order goes
/// to it) and on update (the order keeps its factory). <c>requestedDate</c> is a date at the factory, today or
/// later. <c>status</c> is draft or submitted (the default) for a new order.
/// </summary>
[RequiredFields(nameof(Lines))]
internal sealed record OrderInput(
    string? CustomerId,
    string? FactoryId,
    DateOnly? RequestedDate,
    [property: JsonConverter(typeof(MultiLineTextConverter))] string? Notes,
    OrderStatus? Status,
    IReadOnlyList<OrderLineInput>? Lines);

/// <summary>
/// One configured product: a published template version, its parameter values as typed, and how many. Without a
/// <c>description</c> the line is described by the template's title.
/// </summary>
[RequiredFields(nameof(TemplateId), nameof(TemplateVersion), nameof(Quantity))]
internal sealed record OrderLineInput(
    string? TemplateId,
    string? TemplateVersion,
    string? Description,
    int? Quantity,
    IReadOnlyDictionary<string, string>? Parameters);

/// <summary>
/// An order on the wire. <c>priority</c>: higher goes first on the plan (0 normal); <c>promisedCompletion</c>,
/// <c>quoteId</c>, <c>quoteOption</c> and <c>price</c> (the accepted option's breakdown) are set when the order came from an accepted quote.
/// </summary>
internal sealed record OrderResponse(
    string Id,
    string CustomerId,
    string FactoryId,
    OrderStatus Status,
    DateOnly? RequestedDate,
    string? Notes,
    IReadOnlyList<OrderLineResponse> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Priority,
    DateTimeOffset? PromisedCompletion,
    string? QuoteId,
    string? QuoteOption,
    PriceBreakdown? Price)
{
    /// <summary>The units whose work has started, with their serial numbers (filled where one order is read: GET /orders/{id}).</summary>
    public IReadOnlyList<Execution.UnitSummary> Units { get; init; } = [];

    public static OrderResponse From(Order o) =>
        new(o.Id, o.CustomerId, o.FactoryId, o.Status, o.RequestedDate, o.Notes,
            [.. o.Lines.Select(l => new OrderLineResponse(l.Id, l.LineNumber, l.TemplateId, l.TemplateVersion, l.Description, l.Quantity, l.Parameters))],
            o.CreatedAt, o.UpdatedAt, o.Priority, o.PromisedCompletion, o.QuoteId, o.QuoteOption, o.Price);
}

/// <summary>An order line on the wire.</summary>
internal sealed record OrderLineResponse(
    string Id,
    int LineNumber,
    string TemplateId,
    string TemplateVersion,
    string Description,
    int Quantity,
    IReadOnlyDictionary<string, string> Parameters);
