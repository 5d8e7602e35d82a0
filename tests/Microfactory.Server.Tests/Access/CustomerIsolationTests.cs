using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Access;

/// <summary>A customer reads and changes only its own data; another customer's data does not even seem to exist.</summary>
public sealed class CustomerIsolationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    // Drafts: a submitted order goes onto the live plan within a second, and a planned order is no longer the customer's to change.
    private static object Order(string? customerId, int quantity = 1) => new { customerId, factoryId = "fac_kwun_tong", status = "draft", lines = Lines(quantity) };

    private static object[] Lines(int quantity) =>
        [new { templateId = "wall-shelf", templateVersion = "1.0.0", description = "Wall shelf 600 mm", quantity, parameters = new Dictionary<string, string> { ["length"] = "600 mm" } }];

    [Fact]
    public async Task Orders_CustomerSeesAndChangesOnlyOwn()
    {
        var meiId = await _host.CreateCustomerAsync("Mei");
        var kenId = await _host.CreateCustomerAsync("Ken");
        using var mei = await _host.UserAsync("customer", meiId);
        using var ken = await _host.UserAsync("customer", kenId);

        var placed = await mei.PostAsJsonAsync("/api/v1/orders", Order(null));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = order.GetProperty("id").GetString();
        Assert.Equal(meiId, order.GetProperty("customerId").GetString());

        Assert.Equal(HttpStatusCode.OK, (await mei.GetAsync($"/api/v1/orders/{orderId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await ken.GetAsync($"/api/v1/orders/{orderId}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await ken.PutAsJsonAsync($"/api/v1/orders/{orderId}", Order(null, 5)), HttpStatusCode.NotFound);

        var kensList = await ken.GetFromJsonAsync<JsonElement>("/api/v1/orders");
        Assert.DoesNotContain(kensList.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetString() == orderId);
        var meisList = await mei.GetFromJsonAsync<JsonElement>("/api/v1/orders");
        Assert.All(meisList.GetProperty("items").EnumerateArray(), o => Assert.Equal(meiId, o.GetProperty("customerId").GetString()));

        var changed = await mei.PutAsJsonAsync($"/api/v1/orders/{orderId}", Order(null, 3));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var reread = await mei.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        Assert.Equal(3, reread.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task Orders_CustomerCannotOrderForAnotherCustomer()
    {
        var meiId = await _host.CreateCustomerAsync("Mei");
        var kenId = await _host.CreateCustomerAsync("Ken");
        using var mei = await _host.UserAsync("customer", meiId);
        using var admin = _host.Admin();
        var before = await admin.GetStringAsync("/api/v1/orders?pageSize=200");

        await ProblemAssert.IsProblemAsync(await mei.PostAsJsonAsync("/api/v1/orders", Order(kenId)), HttpStatusCode.BadRequest, "customerId");
        Assert.Equal(before, await admin.GetStringAsync("/api/v1/orders?pageSize=200"));
    }

    [Fact]
    public async Task Orders_ConfirmedOrder_CustomerCannotChangeButPlannerCan()
    {
        var meiId = await _host.CreateCustomerAsync("Mei");
        using var mei = await _host.UserAsync("customer", meiId);
        using var planner = await _host.UserAsync("planner");
        var orderId = (await (await mei.PostAsJsonAsync("/api/v1/orders", Order(null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var confirm = new { factoryId = "fac_kwun_tong", status = "confirmed", lines = Lines(1) };
        Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/v1/orders/{orderId}", confirm)).StatusCode);
        await ProblemAssert.IsProblemAsync(await mei.PutAsJsonAsync($"/api/v1/orders/{orderId}", Order(null, 9)), HttpStatusCode.BadRequest, "status");
        var reread = await mei.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        Assert.Equal(1, reread.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        // Confirmed, or planned already: the live plan moves a confirmed order on as soon as its work is on the plan.
        Assert.Contains(reread.GetProperty("status").GetString(), new[] { "confirmed", "planned" });
    }

    [Fact]
    public async Task Customers_CustomerSeesAndChangesOnlyItself()
    {
        var meiId = await _host.CreateCustomerAsync("Mei");
        var kenId = await _host.CreateCustomerAsync("Ken");
        using var mei = await _host.UserAsync("customer", meiId);

        var list = await mei.GetFromJsonAsync<JsonElement>("/api/v1/customers");
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        Assert.Equal(meiId, list.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await mei.GetAsync($"/api/v1/customers/{meiId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await mei.GetAsync($"/api/v1/customers/{kenId}"), HttpStatusCode.NotFound);

        var renameKen = new { name = "Not Ken", email = "x@example.com" };
        await ProblemAssert.IsProblemAsync(await mei.PutAsJsonAsync($"/api/v1/customers/{kenId}", renameKen), HttpStatusCode.NotFound);
        using var admin = _host.Admin();
        Assert.Equal("Ken", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{kenId}")).GetProperty("name").GetString());

        var renameMe = new { name = "Mei Chan", email = "mei@example.com", company = "Chan Studio" };
        Assert.Equal(HttpStatusCode.OK, (await mei.PutAsJsonAsync($"/api/v1/customers/{meiId}", renameMe)).StatusCode);
        Assert.Equal("Chan Studio", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{meiId}")).GetProperty("company").GetString());
    }

    [Fact]
    public async Task CustomerCreation_IsForPlannersAndAdmins()
    {
        var meiId = await _host.CreateCustomerAsync("Mei");
        using var mei = await _host.UserAsync("customer", meiId);
        await ProblemAssert.IsProblemAsync(await mei.PostAsJsonAsync("/api/v1/customers", new { name = "Sneaky", email = "s@example.com" }), HttpStatusCode.Forbidden);
    }
}
