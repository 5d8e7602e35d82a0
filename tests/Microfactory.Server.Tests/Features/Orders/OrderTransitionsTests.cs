using Microfactory.Core.Orders;
using Microfactory.Server.Features.Orders;

namespace Microfactory.Server.Tests.Features.Orders;

/// <summary>The table of who may move an order where, checked move by move.</summary>
public sealed class OrderTransitionsTests
{
    public static TheoryData<string, OrderStatus, OrderStatus> Allowed() => new()
    {
        { nameof(OrderActor.Customer), OrderStatus.Draft, OrderStatus.Submitted },
        { nameof(OrderActor.Customer), OrderStatus.Submitted, OrderStatus.Draft },
        { nameof(OrderActor.Customer), OrderStatus.Confirmed, OrderStatus.Cancelled },
        { nameof(OrderActor.Customer), OrderStatus.Planned, OrderStatus.Cancelled },
        { nameof(OrderActor.Staff), OrderStatus.Submitted, OrderStatus.Confirmed },
        { nameof(OrderActor.Staff), OrderStatus.Draft, OrderStatus.Confirmed },
        { nameof(OrderActor.Staff), OrderStatus.Completed, OrderStatus.Shipped },
        { nameof(OrderActor.Staff), OrderStatus.Planned, OrderStatus.Confirmed },
        { nameof(OrderActor.Staff), OrderStatus.Planned, OrderStatus.Cancelled },
        { nameof(OrderActor.Platform), OrderStatus.Confirmed, OrderStatus.Planned },
        { nameof(OrderActor.Platform), OrderStatus.Submitted, OrderStatus.Planned },
        { nameof(OrderActor.Platform), OrderStatus.Planned, OrderStatus.InProduction },
        { nameof(OrderActor.Platform), OrderStatus.InProduction, OrderStatus.Completed },
        { nameof(OrderActor.Customer), OrderStatus.Shipped, OrderStatus.Shipped },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Check_AllowedMove_Null(string actor, OrderStatus from, OrderStatus to) => Assert.Null(OrderTransitions.Check(Enum.Parse<OrderActor>(actor), from, to));

    public static TheoryData<string, OrderStatus, OrderStatus, bool> Refused() => new()
    {
        // The actor may not, though someone else could: a bad status (400).
        { nameof(OrderActor.Customer), OrderStatus.Submitted, OrderStatus.Confirmed, false },
        { nameof(OrderActor.Customer), OrderStatus.Completed, OrderStatus.Shipped, false },
        { nameof(OrderActor.Staff), OrderStatus.Confirmed, OrderStatus.Planned, false },
        { nameof(OrderActor.Staff), OrderStatus.Planned, OrderStatus.Completed, false },
        { nameof(OrderActor.Platform), OrderStatus.Draft, OrderStatus.Planned, false },
        { nameof(OrderActor.Platform), OrderStatus.Planned, OrderStatus.Cancelled, false },
        // The order's state forbids it for everyone: a conflict (409).
        { nameof(OrderActor.Customer), OrderStatus.InProduction, OrderStatus.Cancelled, true },
        { nameof(OrderActor.Staff), OrderStatus.InProduction, OrderStatus.Cancelled, true },
        { nameof(OrderActor.Staff), OrderStatus.Completed, OrderStatus.Cancelled, true },
        { nameof(OrderActor.Staff), OrderStatus.Shipped, OrderStatus.Cancelled, true },
        { nameof(OrderActor.Staff), OrderStatus.Cancelled, OrderStatus.Submitted, true },
        { nameof(OrderActor.Staff), OrderStatus.Shipped, OrderStatus.Completed, true },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_RefusedMove_SaysWhyAndWhetherTheStateForbidsIt(string actor, OrderStatus from, OrderStatus to, bool stateConflict)
    {
        var refusal = OrderTransitions.Check(Enum.Parse<OrderActor>(actor), from, to);

        Assert.NotNull(refusal);
        Assert.Equal(stateConflict, refusal.IsStateConflict);
        Assert.StartsWith("status", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(OrderTransitions.Name(stateConflict ? from : to), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryPairForEveryActor_CancellingIsAConflictExactlyFromProductionOn()
    {
        foreach (var actor in Enum.GetValues<OrderActor>().Where(a => a != OrderActor.Platform))
        {
            foreach (var from in Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.Cancelled))
            {
                var refusal = OrderTransitions.Check(actor, from, OrderStatus.Cancelled);
                var started = from is OrderStatus.InProduction or OrderStatus.Completed or OrderStatus.Shipped;
                Assert.Equal(started, refusal?.IsStateConflict ?? false);
                Assert.Equal(started, refusal is not null);
            }
        }
    }
}
