using System.Collections.Immutable;

namespace Microfactory.Core.Orders;

/// <summary>
/// A customer's order for one or more configured products, made at one factory. <see cref="Priority"/> is set by
/// planners (higher goes first when due dates compete; 0 is normal); <see cref="PromisedCompletion"/> is the completion
/// the customer was promised, from the accepted option (<see cref="QuoteOption"/>) of quote <see cref="QuoteId"/>, at
/// <see cref="Price"/>. Work on it may not start before <see cref="EarliestStart"/> (when its materials arrive; null: at once).
/// </summary>
public sealed record Order(
    string Id,
    string CustomerId,
    string FactoryId,
    OrderStatus Status,
    DateOnly? RequestedDate,
    string? Notes,
    ImmutableArray<OrderLine> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Priority = 0,
    DateTimeOffset? PromisedCompletion = null,
    string? QuoteId = null,
    string? QuoteOption = null,
    PriceBreakdown? Price = null,
    DateTimeOffset? EarliestStart = null)
{
    public bool CustomerMayChange => Status is OrderStatus.Draft or OrderStatus.Submitted;

    /// <summary>Whether the order's work belongs on the factory's plan: submitted, confirmed, planned or in production.</summary>
    public bool IsOpenForProduction => Status is OrderStatus.Submitted or OrderStatus.Confirmed or OrderStatus.Planned or OrderStatus.InProduction;
}
