using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Core.Orders;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Tests.Support;
using Xunit.Abstractions;

namespace Microfactory.Server.Tests.Features.Plans;

/// <summary>The live plan at the size of the speed goal: 300 open orders (1,200 operations) in the demo factory.</summary>
public sealed class LivePlanScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AddDowntime_ThreeHundredOpenOrders_RepairsTheWholePlanFeasibly()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), true, null,
            "--Logging:LogLevel:Microfactory.Server.Features.Plans=Information");
        await using var _ = host;
        using var admin = host.Admin();
        using var planner = await host.UserAsync(Roles.Planner);
        var customer = await host.CreateCustomerAsync("Volume buyer");
        var store = host.Service<OrderStore>();
        var now = time.GetUtcNow();
        for (var i = 0; i < 300; i++)
        {
            var length = string.Create(CultureInfo.InvariantCulture, $"{400 + (i % 25) * 20} mm");
            await store.InsertAsync(new Order($"ord_scale_{i:000}", customer, KwunTongDemo.FactoryId, OrderStatus.Confirmed, null, null,
                [new OrderLine($"oln_scale_{i:000}", 1, "wall-shelf", "1.0.0", "Shelf", 1, ImmutableSortedDictionary<string, string>.Empty.Add("length", length))],
                now, now.AddMilliseconds(i), PromisedCompletion: now.AddDays(3 + i / 20)), default);
        }
        var log = new CollectingLogger(Microsoft.Extensions.Logging.LogLevel.Information);
        host.Service<Microsoft.Extensions.Logging.ILoggerFactory>().AddProvider(log);
        System.Text.Json.JsonElement plan;
        try
        {
            plan = await PlanWatch.WaitForVersionAsync(planner, 0, p => PlanWatch.Operations(p).Count() == 1200);
        }
        catch (TimeoutException)
        {
            output.WriteLine(string.Join("\n", log.Messages.Take(5)));
            throw;
        }

        var stopwatch = Stopwatch.StartNew();
        var down = await planner.PostAsJsonAsync("/api/v1/machines/mch_bench_1/downtime",
            new { from = now, to = now.AddDays(2), reason = "Bench rebuilt" }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, down.StatusCode);
        var repaired = await PlanWatch.WaitForVersionAsync(planner, PlanWatch.Version(plan));
        stopwatch.Stop();

        output.WriteLine(string.Join("\n", log.Messages.Where(m => m.Contains(" ms (inputs", StringComparison.Ordinal)).TakeLast(3)));
        output.WriteLine($"1200 operations: downtime posted to repaired version visible over the API in {stopwatch.ElapsedMilliseconds} ms");
        Assert.DoesNotContain(PlanWatch.Operations(repaired), o => o.GetProperty("machineId").GetString() == "mch_bench_1" && o.GetProperty("start").GetDateTimeOffset() < now.AddDays(2));
        Assert.Empty(await PlanFeasibility.CheckAsync(admin, repaired));
        var watch = Stopwatch.StartNew();
        var plans = host.Service<Microfactory.Server.Features.Plans.LivePlans>();
        for (var i = 0; i < 1000; i++)
        {
            await plans.CurrentAsync(KwunTongDemo.FactoryId, default);
        }
        output.WriteLine($"CurrentAsync: {watch.Elapsed.TotalMicroseconds / 1000:0.0} µs per call");
    }
}
