namespace Microfactory.Core.Orders;

/// <summary>Where an order is in its life. Customers may change an order only while it is a draft or submitted.</summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    Confirmed,
    InProduction,
    Completed,
    Cancelled,
}
