using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>Accepting quotes on both engines: idempotency under concurrent duplicates, one acceptance per quote, the order it makes.</summary>
public sealed class QuoteAcceptanceTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Accept_EightConcurrentRequestsWithOneKey_OneOrderForAll(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Impatient clicker");
        using var customer = await host.UserAsync("customer", customerId);
        var quote = await QuoteCalls.CreateAsync(customer, QuoteCalls.Body(null));
        var id = quote.GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();

        // Eight clients at once, each with its own connection, all with the same key.
        var clients = Enumerable.Range(0, 8).Select(_ => host.WithKey(KeyOf(customer))).ToList();
        using var start = new SemaphoreSlim(0);
        var requests = clients.Select(async c =>
        {
            await start.WaitAsync();
            return await QuoteCalls.AcceptAsync(c, id, "fastest", key);
        }).ToList();
        start.Release(clients.Count);
        var responses = await Task.WhenAll(requests);

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses.Zip(bodies), p => Assert.True(p.First.StatusCode == HttpStatusCode.Created, p.Second));
        var orderIds = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("id").GetString()).Distinct().ToList();
        var orderId = Assert.Single(orderIds);
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await QuoteCalls.CountAsync(host, $"SELECT count(*) FROM orders WHERE quote_id = '{id}'"));
        Assert.Equal(orderId, (await customer.GetFromJsonAsync<JsonElement>($"/api/v1/quotes/{id}")).GetProperty("acceptedOrderId").GetString());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Accept_ConcurrentRequestsWithDifferentKeys_OneWinsTheOthersAre409(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Two tabs");
        using var customer = await host.UserAsync("customer", customerId);
        var id = (await QuoteCalls.CreateAsync(customer, QuoteCalls.Body(null))).GetProperty("id").GetString()!;

        var clients = Enumerable.Range(0, 6).Select(_ => host.WithKey(KeyOf(customer))).ToList();
        using var start = new SemaphoreSlim(0);
        var requests = clients.Select(async c =>
        {
            await start.WaitAsync();
            return await QuoteCalls.AcceptAsync(c, id, "cheapest", Guid.NewGuid().ToString());
        }).ToList();
        start.Release(clients.Count);
        var responses = await Task.WhenAll(requests);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "quote");
            Assert.Equal("urn:microfactory:problem:quote-already-accepted", problem.GetProperty("type").GetString());
        }
        Assert.Equal(1, await QuoteCalls.CountAsync(host, $"SELECT count(*) FROM orders WHERE quote_id = '{id}'"));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Accept_Greenest_ConfirmedOrderCarryingTheOptionItsPriceAndPromise(string engine)
    {
        var host = fixture.Host(engine);
        var customerId = await host.CreateCustomerAsync("Green buyer");
        using var customer = await host.UserAsync("customer", customerId);
        var quote = await QuoteCalls.CreateAsync(customer, QuoteCalls.Body(null, quantity: 2));
        var id = quote.GetProperty("id").GetString()!;
        var greenest = QuoteCalls.Option(quote, "greenest");
        var key = Guid.NewGuid().ToString();

        var response = await QuoteCalls.AcceptAsync(customer, id, "greenest", key);
        var again = await QuoteCalls.AcceptAsync(customer, id, "greenest", key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/orders/{order.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        Assert.Equal(("confirmed", id, "greenest", customerId), (order.GetProperty("status").GetString(), order.GetProperty("quoteId").GetString(), order.GetProperty("quoteOption").GetString(), order.GetProperty("customerId").GetString()));
        Assert.Equal(greenest.GetProperty("promisedCompletion").GetDateTimeOffset(), order.GetProperty("promisedCompletion").GetDateTimeOffset());
        Assert.Equal(greenest.GetProperty("price").GetRawText(), order.GetProperty("price").GetRawText());
        var line = Assert.Single(order.GetProperty("lines").EnumerateArray());
        Assert.Equal(("phone-stand", "1.0.0", 2), (line.GetProperty("templateId").GetString(), line.GetProperty("templateVersion").GetString(), line.GetProperty("quantity").GetInt32()));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        // The same order as it is now (the live plan may have moved it on to planned meanwhile).
        var replayed = await again.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await customer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.GetProperty("id").GetString()}");
        foreach (var field in new[] { "id", "createdAt", "promisedCompletion", "price", "lines", "quoteId", "quoteOption" })
        {
            Assert.Equal(order.GetProperty(field).GetRawText(), replayed.GetProperty(field).GetRawText());
            Assert.Equal(order.GetProperty(field).GetRawText(), stored.GetProperty(field).GetRawText());
        }
        Assert.Contains(stored.GetProperty("status").GetString(), new[] { "confirmed", "planned" });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Accept_AcceptedQuote_AnotherKeyOrAnotherOptionIs409AndChangesNothing(string engine)
    {
        var host = fixture.Host(engine);
        var customer = await host.CreateCustomerAsync("Second thoughts");
        using var planner = await host.UserAsync("planner");
        var id = (await QuoteCalls.CreateAsync(planner, QuoteCalls.Body(customer))).GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await QuoteCalls.AcceptAsync(planner, id, "fastest", key)).StatusCode);
        var before = await QuoteCalls.SnapshotAsync(host);

        var otherKey = await ProblemAssert.IsProblemAsync(await QuoteCalls.AcceptAsync(planner, id, "fastest", Guid.NewGuid().ToString()), HttpStatusCode.Conflict, "quote");
        var otherOption = await ProblemAssert.IsProblemAsync(await QuoteCalls.AcceptAsync(planner, id, "cheapest", key), HttpStatusCode.Conflict, "Idempotency-Key");

        Assert.Equal("urn:microfactory:problem:quote-already-accepted", otherKey.GetProperty("type").GetString());
        Assert.Contains("option fastest", otherOption.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(host));
    }

    private static string KeyOf(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;
}
