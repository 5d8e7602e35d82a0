namespace Microfactory.Core.Orders;

/// <summary>
/// Where an order is in its life: a draft, submitted by the customer, confirmed (a promise was made), planned (its
/// work is on the factory's live plan), in production (work on it has started), completed (every unit made),
/// shipped, or cancelled. Customers may change an order only while it is a draft or submitted.
/// </summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    Confirmed,
    Planned,
    InProduction,
    Completed,
    Shipped,
    Cancelled,
}
