using System.Text.Json;
using Microfactory.Core.Orders;

namespace Microfactory.Server.Features.Orders;

/// <summary>
/// Who may move an order from which status to which. Keeping a status is always allowed (other fields may change).
/// <list type="table">
/// <item><term>customer (own orders)</term><description>draft ↔ submitted; cancel a draft, submitted, confirmed or planned order</description></item>
/// <item><term>planner, admin</term><description>draft ↔ submitted; draft, submitted or planned → confirmed; completed → shipped; cancel before production</description></item>
/// <item><term>platform (the live plan, the shop floor)</term><description>submitted or confirmed → planned; planned → confirmed (work left the plan); planned → in production → completed</description></item>
/// </list>
/// Cancelling an order in production or later, and any move out of cancelled or shipped, is a conflict with the
/// order's state (409); a move the actor may not make from a state where others could is refused as a bad status (400).
/// </summary>
internal static class OrderTransitions
{
    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Customer =
    [
        (OrderStatus.Draft, OrderStatus.Submitted), (OrderStatus.Submitted, OrderStatus.Draft),
        (OrderStatus.Draft, OrderStatus.Cancelled), (OrderStatus.Submitted, OrderStatus.Cancelled),
        (OrderStatus.Confirmed, OrderStatus.Cancelled), (OrderStatus.Planned, OrderStatus.Cancelled),
    ];

    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Staff =
    [
        .. Customer,
        (OrderStatus.Draft, OrderStatus.Confirmed), (OrderStatus.Submitted, OrderStatus.Confirmed),
        // The live plan turns submitted orders into planned ones within a second; confirming one then is still confirming it.
        (OrderStatus.Planned, OrderStatus.Confirmed),
        (OrderStatus.Completed, OrderStatus.Shipped),
    ];

    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Platform =
    [
        (OrderStatus.Submitted, OrderStatus.Planned), (OrderStatus.Confirmed, OrderStatus.Planned), (OrderStatus.Planned, OrderStatus.Confirmed),
        (OrderStatus.Planned, OrderStatus.InProduction), (OrderStatus.InProduction, OrderStatus.Completed),
    ];

    /// <summary>Whether the order can still be cancelled by anyone: no work on it has started.</summary>
    public static bool IsCancellable(OrderStatus status) => status is OrderStatus.Draft or OrderStatus.Submitted or OrderStatus.Confirmed or OrderStatus.Planned;

    /// <summary>Null when <paramref name="actor"/> may move an order from <paramref name="from"/> to <paramref name="to"/>; else why not.</summary>
    public static OrderTransitionRefusal? Check(OrderActor actor, OrderStatus from, OrderStatus to)
    {
        if (from == to)
        {
            return null;
        }
        var allowed = actor switch
        {
            OrderActor.Customer => Customer,
            OrderActor.Staff => Staff,
            _ => Platform,
        };
        if (allowed.Contains((from, to)))
        {
            return null;
        }
        if (to == OrderStatus.Cancelled && !IsCancellable(from))
        {
            return new OrderTransitionRefusal(true, from == OrderStatus.Cancelled
                ? "status: the order is already cancelled."
                : $"status is {Name(from)}: work on the order has started, so it can no longer be cancelled.");
        }
        if (from is OrderStatus.Cancelled or OrderStatus.Shipped)
        {
            return new OrderTransitionRefusal(true, $"status is {Name(from)}: the order's status can no longer change.");
        }
        var byWhom = actor switch
        {
            OrderActor.Customer => "a customer",
            OrderActor.Staff => "a planner or admin",
            _ => "the platform",
        };
        var allowedTargets = allowed.Where(p => p.From == from).Select(p => Name(p.To)).ToList();
        return new OrderTransitionRefusal(false, allowedTargets.Count == 0
            ? $"status: {byWhom} cannot change the status of {A(Name(from))} order (to {Name(to)})."
            : $"status: {byWhom} may move {A(Name(from))} order to {string.Join(" or ", allowedTargets)}, not to {Name(to)}.");
    }

    private static string A(string word) => ("aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;

    /// <summary>The status as it is on the wire (camelCase).</summary>
    public static string Name(OrderStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}

/// <summary>Who moves an order: its customer, staff (planner or admin), or the platform itself (plan and shop floor).</summary>
internal enum OrderActor
{
    Customer,
    Staff,
    Platform,
}

/// <summary>Why a move is refused; <see cref="IsStateConflict"/> when the order's state forbids it for everyone (409), else the actor may not (400).</summary>
internal sealed record OrderTransitionRefusal(bool IsStateConflict, string Message);
