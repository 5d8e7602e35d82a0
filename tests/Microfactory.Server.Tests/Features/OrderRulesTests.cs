using System.Net;
using System.Text;
using System.Text.Json;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features;

/// <summary>What an order may leave out (factory, line descriptions) and what it may not ask for (a date in the past).</summary>
public sealed class OrderRulesTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    private static readonly TimeZoneInfo HongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_WithoutFactoryAndDescription_GoesToTheOnlyFactoryDescribedByTheTemplateTitle(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Minimal orderer");
        var response = await admin.PostAsync("/api/v1/orders", Json(
            $$$"""{"customerId":"{{{customer}}}","lines":[{"templateId":"wall-shelf","templateVersion":"1.0.0","quantity":2,"parameters":{"length":"600 mm"}},{"templateId":"wall-shelf","templateVersion":"1.0.0","description":"Hall shelf","quantity":1}]}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = JsonDocument.Parse(await admin.GetStringAsync(response.Headers.Location!.ToString())).RootElement;
        Assert.Equal("fac_kwun_tong", order.GetProperty("factoryId").GetString());
        Assert.Equal(["Powder-coated steel wall shelf", "Hall shelf"], order.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("description").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_WithoutFactoryWhenThereAreSeveral_Is400NamingFactoryId(string engine)
    {
        await using var host = await TestHost.StartAsync(engine);
        using var admin = host.Admin();
        var hours = string.Join(",", Enumerable.Range(0, 24).Select(h => $$"""{"hour":{{h}},"pricePerKwh":1.1,"gridKgCo2ePerKwh":0.4}"""));
        var second = await admin.PostAsync("/api/v1/factories", Json(
            $$"""{"name":"Second works","site":"Unit 9","timeZone":"Asia/Hong_Kong","latitude":22.3,"longitude":114.2,"address":"Somewhere","currency":"HKD","energyProfile":[{{hours}}]}"""));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var customer = await host.CreateCustomerAsync("Undecided orderer");
        var response = await admin.PostAsync("/api/v1/orders", Json(
            $$"""{"customerId":"{{customer}}","lines":[{"templateId":"wall-shelf","templateVersion":"1.0.0","quantity":1}]}"""));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "factoryId");
        Assert.Contains("2 factories", problem.GetProperty("errors").GetProperty("factoryId")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_WithRequestedDateInThePast_Is400NamingRequestedDate(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Late orderer");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, HongKong).DateTime);
        var past = await admin.PostAsync("/api/v1/orders", Json(OrderBody(customer, today.AddDays(-2))));
        await ProblemAssert.IsProblemAsync(past, HttpStatusCode.BadRequest, "requestedDate");
        var future = await admin.PostAsync("/api/v1/orders", Json(OrderBody(customer, today.AddDays(2))));
        Assert.Equal(HttpStatusCode.Created, future.StatusCode);
    }

    /// <summary>"Today" is the factory's date: at 01:30 in Hong Kong it is still yesterday in UTC.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RequestedDate_IsComparedWithTodayAtTheFactory_AndAKeptDateMayBePast(string engine)
    {
        var host = fixture.Host(engine);
        var customer = await host.CreateCustomerAsync("Clocked orderer");
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero)); // 2026-12-02 01:30 in Hong Kong
        var service = new OrderService(host.Service<OrderStore>(), host.Service<CustomerStore>(), host.Service<FactoryStore>(), host.Service<TemplateService>(), new IdFactory(), clock, host.Service<LivePlans>());

        var yesterday = await service.CreateAsync(Caller.System, Input(customer, new DateOnly(2026, 12, 1)), default);
        Assert.Equal(ServiceOutcome.Invalid, yesterday.Outcome);
        Assert.Equal("requestedDate", Assert.Single(yesterday.Errors).Field);
        Assert.Contains("2026-12-02", yesterday.Errors[0].Message, StringComparison.Ordinal);

        var today = await service.CreateAsync(Caller.System, Input(customer, new DateOnly(2026, 12, 2)), default);
        Assert.Equal(ServiceOutcome.Ok, today.Outcome);

        clock.Now = clock.Now.AddDays(10);
        var kept = await service.UpdateAsync(Caller.System, today.Value!.Id, Input(customer, new DateOnly(2026, 12, 2)) with { Status = OrderStatus.Confirmed }, default);
        Assert.Equal(ServiceOutcome.Ok, kept.Outcome);
        var moved = await service.UpdateAsync(Caller.System, today.Value.Id, Input(customer, new DateOnly(2026, 12, 5)), default);
        Assert.Equal("requestedDate", Assert.Single(moved.Errors).Field);
    }

    private static OrderInput Input(string customer, DateOnly date) =>
        new(customer, null, date, null, null, [new OrderLineInput("wall-shelf", "1.0.0", null, 1, null)]);

    private static string OrderBody(string customer, DateOnly date) =>
        $$"""{"customerId":"{{customer}}","factoryId":"fac_kwun_tong","requestedDate":"{{date:yyyy-MM-dd}}","lines":[{"templateId":"wall-shelf","templateVersion":"1.0.0","quantity":1}]}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
