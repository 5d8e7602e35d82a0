using System.Collections.Immutable;

namespace Microfactory.Core.Orders;

/// <summary>A customer's order for one or more configured products, made at one factory.</summary>
public sealed record Order(
    string Id,
    string CustomerId,
    string FactoryId,
    OrderStatus Status,
    DateOnly? RequestedDate,
    string? Notes,
    ImmutableArray<OrderLine> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool CustomerMayChange => Status is OrderStatus.Draft or OrderStatus.Submitted;
}
