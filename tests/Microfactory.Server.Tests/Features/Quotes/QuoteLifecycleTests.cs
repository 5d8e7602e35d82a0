using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>What time and the plan do to a quote: expiry on an injected clock, a promise the plan of now can no longer keep, other factories.</summary>
public sealed class QuoteLifecycleTests
{
    [Fact]
    public async Task Accept_AfterExpiry_Is409WithTheExpiredTypeAndChangesNothing()
    {
        var time = new FakeTimeProvider(QuoteHostFixture.Now);
        await using var host = await TestHost.StartAsync(time, "sqlite", QuoteHostFixture.Settings);
        var customer = await host.CreateCustomerAsync("Late decider");
        using var admin = host.Admin();
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer));
        var id = quote.GetProperty("id").GetString()!;

        time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quotes/{id}")).GetProperty("expired").GetBoolean());
        time.Advance(TimeSpan.FromSeconds(1));
        var before = await QuoteCalls.SnapshotAsync(host);
        var response = await QuoteCalls.AcceptAsync(admin, id, "fastest", Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "quote");
        Assert.Equal("urn:microfactory:problem:quote-expired", problem.GetProperty("type").GetString());
        Assert.Contains("expired at 2026-12-08T02:00:00+00:00", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quotes/{id}")).GetProperty("expired").GetBoolean());
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(host));
    }

    [Fact]
    public async Task Accept_SlotTakenByAnotherOrderMeanwhile_Is409WithAFreshQuote()
    {
        var time = new FakeTimeProvider(QuoteHostFixture.Now);
        await using var host = await TestHost.StartAsync(time, "sqlite", QuoteHostFixture.Settings);
        var customer = await host.CreateCustomerAsync("Second in line");
        using var admin = host.Admin();
        // Two quotes for the same wall shelf see the same free time on the one laser, press brake and powder line.
        var first = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, QuoteCalls.WallShelf));
        var second = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, QuoteCalls.WallShelf));
        var promised = QuoteCalls.Option(first, "fastest").GetProperty("promisedCompletion").GetDateTimeOffset();
        Assert.Equal(promised, QuoteCalls.Option(second, "fastest").GetProperty("promisedCompletion").GetDateTimeOffset());
        var taken = await QuoteCalls.AcceptAsync(admin, second.GetProperty("id").GetString()!, "fastest", Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var takenId = (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await UntilPlannedAsync(host, takenId!);
        var (quotes, orders) = (await QuoteCalls.CountAsync(host, "SELECT count(*) FROM quotes"), await QuoteCalls.CountAsync(host, "SELECT count(*) FROM orders"));

        var response = await QuoteCalls.AcceptAsync(admin, first.GetProperty("id").GetString()!, "fastest", Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "option");
        Assert.Equal("urn:microfactory:problem:promise-no-longer-holds", problem.GetProperty("type").GetString());
        var fresh = problem.GetProperty("quote");
        Assert.NotEqual(first.GetProperty("id").GetString(), fresh.GetProperty("id").GetString());
        Assert.True(QuoteCalls.Option(fresh, "fastest").GetProperty("promisedCompletion").GetDateTimeOffset() > promised);
        Assert.True(fresh.GetProperty("planVersion").GetInt64() > first.GetProperty("planVersion").GetInt64());
        // Nothing was ordered; only the fresh quote was stored.
        Assert.Equal(orders, await QuoteCalls.CountAsync(host, "SELECT count(*) FROM orders"));
        Assert.Equal(quotes + 1, await QuoteCalls.CountAsync(host, "SELECT count(*) FROM quotes"));
        Assert.Equal(HttpStatusCode.Created, (await QuoteCalls.AcceptAsync(admin, fresh.GetProperty("id").GetString()!, "fastest", Guid.NewGuid().ToString())).StatusCode);
    }

    [Fact]
    public async Task Create_SecondFactory_CapabilityMissingAndForeignCurrencyAreNamed()
    {
        await using var host = await TestHost.StartAsync(new FakeTimeProvider(QuoteHostFixture.Now), "sqlite", QuoteHostFixture.Settings);
        var customer = await host.CreateCustomerAsync("Abroad");
        using var admin = host.Admin();
        var hours = string.Join(",", Enumerable.Range(0, 24).Select(h => $$"""{"hour":{{h}},"pricePerKwh":0.3,"gridKgCo2ePerKwh":0.2}"""));
        var created = await admin.PostAsync("/api/v1/factories", QuoteCalls.Json(
            $$"""{"id":"fac_lisbon","name":"Lisbon works","site":"Unit 1","timeZone":"Europe/Lisbon","latitude":38.7,"longitude":-9.1,"address":"Rua 1","currency":"EUR","energyProfile":[{{hours}}]}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shifts = string.Join(",", new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => $$"""{"day":"{{d}}","startMinute":480,"endMinute":1080}"""));
        var machine = await admin.PostAsync("/api/v1/machines", QuoteCalls.Json(
            $$$"""{"factoryId":"fac_lisbon","name":"Bench","model":"Bench","capabilities":["cap_assembly"],"idlePowerKw":0,"workingPowerKw":0.2,"hourlyRate":30,"calendar":{"shifts":[{{{shifts}}}],"downtimes":[]}}"""));
        Assert.True(machine.StatusCode == HttpStatusCode.Created, await machine.Content.ReadAsStringAsync());
        var before = await QuoteCalls.SnapshotAsync(host);

        // With one HKD and one EUR factory the catalogue prices in EUR (the tie goes to the first code): Kwun Tong sells in HKD.
        var foreign = await admin.PostAsync("/api/v1/quotes", QuoteCalls.Json(QuoteCalls.Body(customer, QuoteCalls.WallShelf, factoryId: "fac_kwun_tong")));
        var problem = await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.Conflict, "factoryId");
        Assert.Contains("EUR", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("HKD", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(host));

        var lisbon = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, QuoteCalls.WallShelf, factoryId: "fac_lisbon"));
        foreach (var option in lisbon.GetProperty("options").EnumerateArray())
        {
            Assert.False(option.GetProperty("available").GetBoolean());
            Assert.Equal(
                "capability: lines[0] (Powder-coated steel wall shelf): routing step 'laser-cut' needs capability 'cap_laser_cut_metal', which no machine of Lisbon works has (with working hours).",
                option.GetProperty("reason").GetString());
        }
    }

    /// <summary>Waits until the live plan holds work of <paramref name="orderId"/> (the repair runs in the background).</summary>
    private static async Task UntilPlannedAsync(TestHost host, string orderId)
    {
        var plans = host.Service<LivePlans>();
        using var give = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!(await plans.CurrentAsync("fac_kwun_tong", give.Token)).Units.Any(u => u.OrderId == orderId))
        {
            await Task.Delay(20, give.Token);
        }
    }
}
