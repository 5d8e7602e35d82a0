using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Carbon;

/// <summary>
/// Footprints as a user meets them: a unit made on the floor gets its actual footprint from its as-built record (metered
/// energy as primary data, the rest at the machines' working power), checked line by line against figures computed here
/// from the design, the factory's grid profile and the machines; the catalogue's default designs are published as
/// estimates; each role sees only what it may.
/// </summary>
public sealed class FootprintTests
{
    private static async Task SendAsync(HttpClient client, params object[] messages)
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", new { messages }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static object Energy(string machineId, double kwh, DateTimeOffset at) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "energy", id = Guid.NewGuid().ToString("N"), kwh, at };

    private static object State(string machineId, string state, DateTimeOffset at, string operationId) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "state", id = Guid.NewGuid().ToString("N"), state, at, operationId };

    private static object Count(string machineId, long good, DateTimeOffset at, string operationId) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "count", id = Guid.NewGuid().ToString("N"), good, scrap = 0, at, operationId };

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string path, Func<JsonElement, bool> until)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
                if (until(body))
                {
                    return body;
                }
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{path} did not answer as expected: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(50);
        }
    }

    /// <summary>kg CO2e of <paramref name="kwh"/> drawn evenly from <paramref name="start"/> to <paramref name="end"/>, hour by local hour of the grid profile.</summary>
    private static decimal GridKg(decimal kwh, DateTimeOffset start, DateTimeOffset end, IReadOnlyDictionary<int, decimal> intensity)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
        var total = (decimal)(end - start).TotalSeconds;
        decimal kg = 0;
        for (var at = start; at < end;)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var nextHour = at.AddMinutes(60 - local.Minute).AddSeconds(-local.Second).AddMilliseconds(-local.Millisecond);
            var until = nextHour < end ? nextHour : end;
            kg += kwh * (decimal)(until - at).TotalSeconds / total * intensity[local.Hour];
            at = until;
        }
        return kg;
    }

    /// <summary>The operations in an order that runs each after the operations it waits for.</summary>
    private static List<JsonElement> Topological(List<JsonElement> operations)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<JsonElement>();
        while (ordered.Count < operations.Count)
        {
            var next = operations.First(o => !done.Contains(o.GetProperty("operationId").GetString()!)
                && o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!)));
            ordered.Add(next);
            done.Add(next.GetProperty("operationId").GetString()!);
        }
        return ordered;
    }

    [Fact]
    public async Task CompletedUnit_HasAnActualFootprintFromItsAsBuiltRecord_LineByLine()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Footprint buyer");
        var other = await host.CreateCustomerAsync("Someone else");
        using var buyer = await host.UserAsync("customer", customer);
        using var stranger = await host.UserAsync("customer", other);
        var order = await LivePlanTests.OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var steps = Topological(PlanWatch.OperationsOf(plan, order).ToList());
        var (meteredId, meteredMachine) = (steps[0].GetProperty("operationId").GetString()!, steps[0].GetProperty("machineId").GetString()!);

        // The first step by telemetry with the machine's energy meter (1.5 kWh over 7 minutes); the rest by the operator, unmetered.
        var t0 = time.GetUtcNow();
        await SendAsync(admin, Energy(meteredMachine, 250.0, t0), State(meteredMachine, "running", t0, meteredId));
        await WaitForAsync(admin, $"/api/v1/operations/{meteredId}", o => o.GetProperty("state").GetString() == "running");
        time.Advance(TimeSpan.FromMinutes(7));
        var t1 = time.GetUtcNow();
        await SendAsync(admin, Count(meteredMachine, 1, t1, meteredId), Energy(meteredMachine, 251.5, t1), State(meteredMachine, "idle", t1, meteredId));
        var first = await WaitForAsync(admin, $"/api/v1/operations/{meteredId}", o => o.GetProperty("state").GetString() == "done");
        var serial = first.GetProperty("serial").GetString()!;
        var pending = await buyer.GetAsync($"/api/v1/units/{serial}/footprint");
        await ProblemAssert.IsProblemAsync(pending, HttpStatusCode.NotFound);
        var runs = new List<(string Id, string Machine, DateTimeOffset Start, DateTimeOffset End)> { (meteredId, meteredMachine, t0, t1) };
        foreach (var step in steps.Skip(1))
        {
            var id = step.GetProperty("operationId").GetString()!;
            time.Advance(TimeSpan.FromMinutes(2));
            var started = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { }, TestHost.Json);
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            var start = time.GetUtcNow();
            var machine = (await started.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("machineId").GetString()!;
            time.Advance(TimeSpan.FromMinutes(13));
            var finished = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 }, TestHost.Json);
            Assert.True(finished.IsSuccessStatusCode, await finished.Content.ReadAsStringAsync());
            runs.Add((id, machine, start, time.GetUtcNow()));
        }

        var footprint = await WaitForAsync(buyer, $"/api/v1/units/{serial}/footprint", _ => true);

        // Independent figures: the design's bill of materials, the factory's grid profile by local hour, the machines' power.
        var design = (await (await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["length"] = "800 mm" } }, TestHost.Json)).Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("design");
        var factory = await admin.GetFromJsonAsync<JsonElement>("/api/v1/factories/fac_kwun_tong", TestHost.Json);
        var intensity = factory.GetProperty("energyProfile").EnumerateArray().ToDictionary(h => h.GetProperty("hour").GetInt32(), h => h.GetProperty("gridKgCo2ePerKwh").GetDecimal());
        Assert.Equal(("actual", serial, "Active", "piece"), (footprint.GetProperty("kind").GetString(), footprint.GetProperty("serial").GetString(),
            footprint.GetProperty("status").GetString(), footprint.GetProperty("declaredUnit").GetString()));
        Assert.Contains($"urn:pact:microfactory.example:serial:{serial}", footprint.GetProperty("productIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal((t0, runs[^1].End), (footprint.GetProperty("referenceStart").GetDateTimeOffset(), footprint.GetProperty("referenceEnd").GetDateTimeOffset()));
        var lines = footprint.GetProperty("lines").EnumerateArray().ToList();
        var energy = lines.Where(l => l.GetProperty("category").GetString() == "processEnergy").ToList();
        Assert.Equal(4, energy.Count);
        var meteredLine = energy.Single(l => l.GetProperty("item").GetString() == meteredId);
        Assert.Equal((1.5m, "primary"), (meteredLine.GetProperty("quantity").GetDecimal(), meteredLine.GetProperty("dataType").GetString()));
        Assert.Equal(Math.Round(GridKg(1.5m, t0, t1, intensity), 6), Math.Round(meteredLine.GetProperty("kgCo2e").GetDecimal(), 6));
        foreach (var run in runs.Skip(1))
        {
            var line = energy.Single(l => l.GetProperty("item").GetString() == run.Id);
            var power = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/machines/{run.Machine}", TestHost.Json)).GetProperty("workingPowerKw").GetDecimal();
            var kwh = Math.Round(power * (decimal)(run.End - run.Start).TotalHours, 6);
            Assert.Equal((kwh, "secondary"), (line.GetProperty("quantity").GetDecimal(), line.GetProperty("dataType").GetString()));
            Assert.Equal(Math.Round(GridKg(kwh, run.Start, run.End, intensity), 6), Math.Round(line.GetProperty("kgCo2e").GetDecimal(), 6));
        }
        foreach (var bom in design.GetProperty("bom").EnumerateArray().GroupBy(b => b.GetProperty("materialId").GetString()!))
        {
            var category = bom.Key == "mat_carton_box" ? "packaging" : "materials";
            var line = lines.Single(l => l.GetProperty("category").GetString() == category && l.GetProperty("item").GetString() == bom.Key);
            Assert.Equal(Math.Round(bom.Sum(b => b.GetProperty("kgCo2e").GetDecimal()), 6), Math.Round(line.GetProperty("kgCo2e").GetDecimal(), 6));
        }
        var total = lines.Sum(l => l.GetProperty("kgCo2e").GetDecimal());
        Assert.Equal(total, footprint.GetProperty("totalKgCo2e").GetDecimal());
        Assert.Equal(total, footprint.GetProperty("kgCo2ePerUnit").GetDecimal());
        Assert.Equal(Math.Round(meteredLine.GetProperty("kgCo2e").GetDecimal() * 100 / total, 4), Math.Round(footprint.GetProperty("primaryDataSharePercent").GetDecimal(), 4));
        Assert.Equal(total, footprint.GetProperty("subtotals").EnumerateArray().Sum(s => s.GetProperty("kgCo2e").GetDecimal()));

        // Each role sees only what it may: the buyer and staff read it; another customer is told it does not exist.
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/v1/units/{serial}/footprint"), HttpStatusCode.NotFound);
        var footprintId = footprint.GetProperty("id").GetString();
        Assert.Equal(footprint.GetRawText(), (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/footprints/{footprintId}", TestHost.Json)).GetRawText());
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/api/v1/footprints/{footprintId}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Catalogue_DefaultDesignsArePublishedAsEstimates_UnknownsAre404()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Browser");
        using var buyer = await host.UserAsync("customer", customer);

        var estimate = await WaitForAsync(buyer, "/api/v1/templates/phone-stand/footprint", _ => true);

        Assert.Equal(("estimate", "phone-stand", "1.0.0", "Active"), (estimate.GetProperty("kind").GetString(), estimate.GetProperty("templateId").GetString(),
            estimate.GetProperty("templateVersion").GetString(), estimate.GetProperty("status").GetString()));
        Assert.Equal(["materials", "processEnergy", "inboundTransport", "packaging"], estimate.GetProperty("subtotals").EnumerateArray().Select(s => s.GetProperty("category").GetString()));
        Assert.All(estimate.GetProperty("lines").EnumerateArray(), l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("factorSource").GetString())));
        Assert.Equal(0m, estimate.GetProperty("primaryDataSharePercent").GetDecimal());
        Assert.True(estimate.GetProperty("kgCo2ePerUnit").GetDecimal() > 0);
        var fixedWith = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/templates/phone-stand/footprint?factoryId={KwunTongDemo.FactoryId}&version=1.0.0", TestHost.Json);
        Assert.Equal(estimate.GetProperty("id").GetString(), fixedWith.GetProperty("id").GetString());
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync("/api/v1/templates/no-such-template/footprint"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync("/api/v1/templates/phone-stand/footprint?factoryId=fac_nowhere"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/footprints/not-a-uuid"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/footprints/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/units/{new string('x', 5000)}/footprint"), HttpStatusCode.NotFound);
    }
}
