using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// Fills the demo factory through the API as its users would: customers with their own users and API keys, then
/// open (submitted) orders from the workload mix, then waits until the live plan holds every one of them.
/// </summary>
internal sealed class DemoSetup(Api admin, TextWriter log)
{
    public sealed record Customer(string Id, string ApiKey);

    public sealed record Factory(string Id, TimeZoneInfo Zone)
    {
        public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
    }

    public async Task<Factory> FactoryAsync()
    {
        var page = await admin.GetAsync("/api/v1/factories");
        var first = page["items"]?.AsArray().FirstOrDefault() ?? throw new InvalidOperationException("the server has no factory: start it with the demo seed");
        return new Factory(first["id"]!.GetValue<string>(), TimeZoneInfo.FindSystemTimeZoneById(first["timeZone"]!.GetValue<string>()));
    }

    public async Task<List<Customer>> CustomersAsync(int count)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var customers = new List<Customer>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"buyer{i}-{run}@example.com";
            var customer = await admin.PostAsync("/api/v1/customers", new JsonObject
            {
                ["name"] = $"Load customer {i}", ["email"] = email, ["company"] = $"Load Co {i}",
            });
            var id = customer["id"]!.GetValue<string>();
            var user = await admin.PostAsync("/api/v1/users", new JsonObject
            {
                ["email"] = email, ["displayName"] = $"Buyer {i}", ["role"] = "customer", ["password"] = "load-bench-customer-password", ["customerId"] = id,
            });
            var apiKey = await admin.PostAsync($"/api/v1/users/{user["id"]!.GetValue<string>()}/api-keys", new JsonObject { ["name"] = "load benchmark" });
            customers.Add(new Customer(id, apiKey["token"]!.GetValue<string>()));
        }
        return customers;
    }

    public async Task<List<string>> OrdersAsync(Factory factory, IReadOnlyList<Customer> customers, int count, DemoWorkload workload)
    {
        var today = factory.Today(DateTimeOffset.UtcNow);
        var bodies = Enumerable.Range(0, count).Select(i => workload.Order(customers[i % customers.Count].Id, factory.Id, today)).ToList();
        var clock = Stopwatch.StartNew();
        var ids = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            ids[i] = (await admin.PostAsync("/api/v1/orders", bodies[i], cancellationToken: ct))["id"]!.GetValue<string>());
        var units = bodies.Sum(b => b["lines"]!.AsArray().Sum(l => l!["quantity"]!.GetValue<int>()));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"placed {count} submitted orders ({units} units, {bodies.Sum(b => b["lines"]!.AsArray().Count)} lines) in {clock.Elapsed.TotalSeconds:0.0} s"));
        return [.. ids];
    }

    /// <summary>Polls the plan until every order has operations on it; returns the plan's version and operation count.</summary>
    public async Task<(long Version, int Operations)> WaitForPlanAsync(Factory factory, IReadOnlyCollection<string> orderIds, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var missing = orderIds.Count;
        while (clock.Elapsed < timeout)
        {
            var plan = await admin.GetAsync($"/api/v1/factories/{factory.Id}/plan");
            var operations = plan["operations"]!.AsArray();
            var planned = operations.Select(o => o!["orderId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            missing = orderIds.Count(id => !planned.Contains(id));
            if (missing == 0)
            {
                var version = plan["version"]!.GetValue<long>();
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"plan version {version} holds all {orderIds.Count} orders ({operations.Count} operations) {clock.Elapsed.TotalSeconds:0.0} s after the last order"));
                return (version, operations.Count);
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"after {timeout.TotalSeconds:0} s the plan still lacks {missing} of the {orderIds.Count} orders");
    }
}
