using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Orders;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Tests.Features.Quotes;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Orders;

/// <summary>Order states through the API on both engines: who may move an order, cancelling and what it releases.</summary>
public sealed class OrderStateApiTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Cancel_OwnOrderFromAQuote_CancelledTwiceTheSameAndItsWorkLeavesThePlan(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Changed mind");
        using var customer = await host.UserAsync("customer", customerId);
        var orderId = await AcceptedOrderAsync(customer);
        await UntilAsync(host, plan => plan.Units.Any(u => u.OrderId == orderId));

        var cancelled = await customer.PostAsync($"/api/v1/orders/{orderId}/cancel", null);
        var again = await customer.PostAsync($"/api/v1/orders/{orderId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("cancelled", (await customer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("status").GetString());
        // Cancelling releases the capacity: the plan drops the order's work.
        await UntilAsync(host, plan => plan.Units.All(u => u.OrderId != orderId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Cancel_OrderInProduction_Is409NamingStatusAndChangesNothing(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Too late");
        using var customer = await host.UserAsync("customer", customerId);
        using var planner = await host.UserAsync("planner");
        var orderId = await AcceptedOrderAsync(customer);
        // The shop floor starts work on it (the platform's move, made here directly in the store).
        var store = host.Service<OrderStore>();
        var status = (await store.GetAsync(orderId, default))!.Status;
        Assert.True(await store.SetStatusAsync(orderId, status, OrderStatus.InProduction, DateTimeOffset.UtcNow, default)
            || await store.SetStatusAsync(orderId, OrderStatus.Planned, OrderStatus.InProduction, DateTimeOffset.UtcNow, default));
        var before = await customer.GetStringAsync($"/api/v1/orders/{orderId}");

        var byCustomer = await ProblemAssert.IsProblemAsync(await customer.PostAsync($"/api/v1/orders/{orderId}/cancel", null), HttpStatusCode.Conflict, "status");
        await ProblemAssert.IsProblemAsync(await planner.PostAsync($"/api/v1/orders/{orderId}/cancel", null), HttpStatusCode.Conflict, "status");
        var order = await planner.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        var put = new { factoryId = "fac_kwun_tong", status = "cancelled", lines = new[] { new { templateId = "phone-stand", templateVersion = "1.0.0", quantity = 1 } } };
        await ProblemAssert.IsProblemAsync(await planner.PutAsJsonAsync($"/api/v1/orders/{orderId}", put, TestHost.Json), HttpStatusCode.Conflict, "status");

        Assert.Contains("inProduction", byCustomer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("inProduction", order.GetProperty("status").GetString());
        Assert.Equal(before, await customer.GetStringAsync($"/api/v1/orders/{orderId}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Cancel_AnotherCustomersOrder_Is404_AndOtherRolesAre403(string engine)
    {
        var host = fixture.Host(engine);
        var meiId = await host.CreateCustomerAsync("Mei");
        var kenId = await host.CreateCustomerAsync("Ken");
        using var mei = await host.UserAsync("customer", meiId);
        using var ken = await host.UserAsync("customer", kenId);
        using var designer = await host.UserAsync("designer");
        var orderId = await AcceptedOrderAsync(mei);

        await ProblemAssert.IsProblemAsync(await ken.PostAsync($"/api/v1/orders/{orderId}/cancel", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await ken.PostAsync("/api/v1/orders/ord_nothing/cancel", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await designer.PostAsync($"/api/v1/orders/{orderId}/cancel", null), HttpStatusCode.Forbidden);

        // Still open (the live plan may have moved it from confirmed to planned meanwhile).
        Assert.Contains((await mei.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("status").GetString(), new[] { "confirmed", "planned" });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Update_StatusMoves_FollowTheRulesOfWhoMayMoveWhat(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Rule tester");
        using var customer = await host.UserAsync("customer", customerId);
        using var planner = await host.UserAsync("planner");
        object Body(string status) => new { factoryId = "fac_kwun_tong", status, lines = new[] { new { templateId = "phone-stand", templateVersion = "1.0.0", quantity = 1 } } };
        var created = await customer.PostAsJsonAsync("/api/v1/orders", Body("draft"), TestHost.Json);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        await ProblemAssert.IsProblemAsync(await customer.PutAsJsonAsync($"/api/v1/orders/{id}", Body("confirmed"), TestHost.Json), HttpStatusCode.BadRequest, "status");
        await ProblemAssert.IsProblemAsync(await planner.PutAsJsonAsync($"/api/v1/orders/{id}", Body("planned"), TestHost.Json), HttpStatusCode.BadRequest, "status");
        await ProblemAssert.IsProblemAsync(await planner.PutAsJsonAsync($"/api/v1/orders/{id}", Body("shipped"), TestHost.Json), HttpStatusCode.BadRequest, "status");
        // A draft is never on the plan, so nothing moves it meanwhile; a submitted order the live plan soon makes planned.
        Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/v1/orders/{id}", Body("confirmed"), TestHost.Json)).StatusCode);
        var other = (await (await customer.PostAsJsonAsync("/api/v1/orders", Body("draft"), TestHost.Json)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await customer.PutAsJsonAsync($"/api/v1/orders/{other}", Body("submitted"), TestHost.Json)).StatusCode);
        // Confirmed (or planned by now): the customer can no longer edit it, but can still cancel it.
        await ProblemAssert.IsProblemAsync(await customer.PutAsJsonAsync($"/api/v1/orders/{id}", Body("submitted"), TestHost.Json), HttpStatusCode.BadRequest, "status");
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/v1/orders/{id}/cancel", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await planner.PutAsJsonAsync($"/api/v1/orders/{id}", Body("submitted"), TestHost.Json), HttpStatusCode.Conflict, "status");
        Assert.Equal("cancelled", (await planner.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}")).GetProperty("status").GetString());
    }

    private static async Task<string> AcceptedOrderAsync(HttpClient customer)
    {
        var quote = await QuoteCalls.CreateAsync(customer, QuoteCalls.Body(null));
        var accepted = await QuoteCalls.AcceptAsync(customer, quote.GetProperty("id").GetString()!, "fastest", Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        return (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Waits until the live plan meets <paramref name="condition"/> (repairs run in the background).</summary>
    private static async Task UntilAsync(TestHost host, Func<LivePlanSnapshot, bool> condition)
    {
        var plans = host.Service<LivePlans>();
        using var give = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition(await plans.CurrentAsync("fac_kwun_tong", give.Token)))
        {
            await Task.Delay(20, give.Token);
        }
    }
}
