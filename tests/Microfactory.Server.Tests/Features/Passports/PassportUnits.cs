using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Features.Passports;

/// <summary>Units made the way the shop floor makes them: an order of one wall shelf, planned by the live plan, its operations started
/// and finished through the operator API in routing order, each running some minutes of the test's clock.</summary>
internal static class PassportUnits
{
    /// <summary>Orders one shelf for <paramref name="customerId"/> and starts its first operation; the unit has its serial from then on.</summary>
    public static async Task<(string Order, string Serial, IReadOnlyList<string> Operations)> StartAsync(HttpClient admin, string customerId)
    {
        var order = await LivePlanTests.OrderAsync(admin, customerId, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var operations = InRoutingOrder([.. PlanWatch.OperationsOf(plan, order)]);
        var started = await admin.PostAsJsonAsync($"/api/v1/operations/{operations[0]}/start", new { }, TestHost.Json);
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        return (order, (await started.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("serial").GetString()!, operations);
    }

    /// <summary>Finishes the running first operation, then starts and finishes the others, 11 minutes each; waits for the unit's footprint.</summary>
    public static async Task FinishAsync(HttpClient admin, FakeTimeProvider time, IReadOnlyList<string> operations, string serial)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if (i > 0)
            {
                time.Advance(TimeSpan.FromMinutes(2));
                var started = await admin.PostAsJsonAsync($"/api/v1/operations/{operations[i]}/start", new { }, TestHost.Json);
                Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            }
            time.Advance(TimeSpan.FromMinutes(11));
            var finished = await admin.PostAsJsonAsync($"/api/v1/operations/{operations[i]}/finish", new { good = 1, scrap = i == 1 ? 1 : 0 }, TestHost.Json);
            Assert.True(finished.IsSuccessStatusCode, await finished.Content.ReadAsStringAsync());
        }
        var clock = Stopwatch.StartNew();
        while (!(await admin.GetAsync($"/api/v1/units/{serial}/footprint")).IsSuccessStatusCode)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"unit {serial} got no footprint");
            await Task.Delay(50);
        }
    }

    /// <summary>Operation ids in an order where each comes after those it waits for.</summary>
    private static List<string> InRoutingOrder(List<JsonElement> operations)
    {
        var done = new List<string>();
        while (done.Count < operations.Count)
        {
            done.Add(operations.First(o => !done.Contains(o.GetProperty("operationId").GetString()!)
                && o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!))).GetProperty("operationId").GetString()!);
        }
        return done;
    }
}
