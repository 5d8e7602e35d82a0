using Microfactory.Core.Orders;

namespace Microfactory.Server.Components.Shared;

/// <summary>How the UI names orders and their states.</summary>
internal static class OrderText
{
    /// <summary>A short order number people can read out ("Order 7KQ2-M4XD"), from the order's id.</summary>
    public static string Label(string orderId)
    {
        var body = orderId.StartsWith("ord_", StringComparison.Ordinal) ? orderId[4..] : orderId;
        var code = body.Length > 8 ? body[..8] : body;
        return "Order " + code.ToUpperInvariant();
    }

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "Draft",
        OrderStatus.Submitted => "Submitted",
        OrderStatus.Confirmed => "Confirmed",
        OrderStatus.Planned => "Planned",
        OrderStatus.InProduction => "In production",
        OrderStatus.Completed => "Completed",
        OrderStatus.Shipped => "Shipped",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>The Bootstrap badge colour of a state.</summary>
    public static string StatusBadge(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "text-bg-light",
        OrderStatus.Submitted or OrderStatus.Confirmed => "text-bg-primary",
        OrderStatus.Planned => "text-bg-info",
        OrderStatus.InProduction => "text-bg-warning",
        OrderStatus.Completed or OrderStatus.Shipped => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
