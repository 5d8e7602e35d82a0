using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Ui;

/// <summary>Units made for browser tests the way the shop floor makes them: through the operator API, step by step.</summary>
internal static class MadeUnits
{
    /// <summary>Orders one 800 mm wall shelf for <paramref name="customerId"/>, runs its four operations and waits for its actual footprint; returns the order and the serial.</summary>
    public static async Task<(string Order, string Serial)> WallShelfAsync(HttpClient admin, string customerId)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId, factoryId = KwunTongDemo.FactoryId, requestedDate = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"),
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var order = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var operations = PlanWatch.OperationsOf(plan, order).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        string? serial = null;
        while (done.Count < operations.Count)
        {
            var next = operations.First(o => !done.Contains(o.GetProperty("operationId").GetString()!) && o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!)));
            var id = next.GetProperty("operationId").GetString()!;
            var started = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { });
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            serial = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("serial").GetString();
            (await admin.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 })).EnsureSuccessStatusCode();
            done.Add(id);
        }
        for (var tries = 0; !(await admin.GetAsync($"/api/v1/units/{serial}/footprint")).IsSuccessStatusCode; tries++)
        {
            Assert.True(tries < 600, "the unit got no footprint");
            await Task.Delay(50);
        }
        return (order, serial!);
    }
}
