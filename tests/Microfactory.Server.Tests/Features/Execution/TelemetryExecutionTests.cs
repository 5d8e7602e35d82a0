using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Execution;

/// <summary>
/// Machines move operations through telemetry (here the HTTP batch, the same ingest path as MQTT and the simulated
/// twin): running starts an operation, down pauses it and takes the machine out of the plan, running again resumes
/// it, idle finishes it with the parts counted for it, and the as-built record carries the metered kWh.
/// </summary>
public sealed class TelemetryExecutionTests
{
    private static object State(string machineId, string state, DateTimeOffset at, string? operationId, string? reason = null) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "state", id = Guid.NewGuid().ToString("N"), state, at, reason, operationId };

    private static object Count(string machineId, long good, long scrap, DateTimeOffset at, string operationId) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "count", id = Guid.NewGuid().ToString("N"), good, scrap, at, operationId };

    private static object Energy(string machineId, double kwh, DateTimeOffset at) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "energy", id = Guid.NewGuid().ToString("N"), kwh, at };

    private static async Task SendAsync(HttpClient client, params object[] messages)
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", new { messages }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> WaitForOperationAsync(HttpClient client, string operationId, string state)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var operation = await client.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{operationId}", TestHost.Json);
            if (operation.GetProperty("state").GetString() == state || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                Assert.Equal(state, operation.GetProperty("state").GetString());
                return operation;
            }
            await Task.Delay(20);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task StateReports_NameAnOperation_StartPauseResumeAndFinishIt(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Telemetry buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var first = PlanWatch.OperationsOf(plan, order).First(o => !o.GetProperty("after").EnumerateArray().Any());
        var (id, machine) = (first.GetProperty("operationId").GetString()!, first.GetProperty("machineId").GetString()!);
        var t0 = time.GetUtcNow();

        await SendAsync(admin, Energy(machine, 100.0, t0), State(machine, "running", t0, id));
        var running = await WaitForOperationAsync(admin, id, "running");
        Assert.Equal(machine, running.GetProperty("machineId").GetString());
        Assert.Equal("telemetry", running.GetProperty("events")[0].GetProperty("source").GetString());

        // The machine breaks down: its operation pauses and the plan keeps other work off the machine while it is down.
        time.Advance(TimeSpan.FromMinutes(2));
        await SendAsync(admin, State(machine, "down", time.GetUtcNow(), id, "Laser source fault"));
        var paused = await WaitForOperationAsync(admin, id, "paused");
        Assert.Equal("Laser source fault", paused.GetProperty("events")[1].GetProperty("reason").GetString());
        var repaired = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan), p => p.GetProperty("reason").GetString()!.Contains("reported down", StringComparison.Ordinal));
        var downUntil = time.GetUtcNow().AddMinutes(28);
        Assert.DoesNotContain(PlanWatch.Operations(repaired), o => o.GetProperty("machineId").GetString() == machine && o.GetProperty("operationId").GetString() != id
            && o.GetProperty("start").GetDateTimeOffset() < downUntil);

        time.Advance(TimeSpan.FromMinutes(10));
        await SendAsync(admin, State(machine, "running", time.GetUtcNow(), id, "Repaired"));
        await WaitForOperationAsync(admin, id, "running");
        time.Advance(TimeSpan.FromMinutes(3));
        var end = time.GetUtcNow();
        await SendAsync(admin, Count(machine, 0, 1, end.AddSeconds(-30), id), Count(machine, 1, 0, end, id), Energy(machine, 101.5, end), State(machine, "idle", end, id));
        var done = await WaitForOperationAsync(admin, id, "done");
        Assert.Equal((1, 1, 5 * 60L), (done.GetProperty("good").GetInt32(), done.GetProperty("scrap").GetInt32(), done.GetProperty("runSeconds").GetInt64()));
        Assert.Equal(["start", "pause", "resume", "finish"], done.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!));

        // The same report again changes nothing; the rest of the unit by telemetry completes it, with the metered energy.
        await SendAsync(admin, State(machine, "idle", end, id));
        foreach (var step in PlanWatch.OperationsOf(plan, order).Where(o => o.GetProperty("operationId").GetString() != id)
                     .OrderBy(o => o.GetProperty("after").GetArrayLength()).ToList())
        {
            var stepId = step.GetProperty("operationId").GetString()!;
            var stepMachine = step.GetProperty("machineId").GetString()!;
            time.Advance(TimeSpan.FromMinutes(1));
            await SendAsync(admin, State(stepMachine, "running", time.GetUtcNow(), stepId));
            await WaitForOperationAsync(admin, stepId, "running");
            time.Advance(TimeSpan.FromMinutes(4));
            await SendAsync(admin, Count(stepMachine, 1, 0, time.GetUtcNow(), stepId), State(stepMachine, "idle", time.GetUtcNow(), stepId));
            await WaitForOperationAsync(admin, stepId, "done");
        }
        var serial = done.GetProperty("serial").GetString()!;
        var unit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{serial}", TestHost.Json);
        Assert.Equal("completed", unit.GetProperty("status").GetString());
        var cut = unit.GetProperty("asBuilt").GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("operationId").GetString() == id);
        Assert.Equal(1.5m, cut.GetProperty("energyKwh").GetDecimal());
        Assert.Equal("completed", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order}", TestHost.Json)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task StateReports_IdleWithoutAGoodPart_LeaveTheOperationOpen()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Scrap buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var first = PlanWatch.OperationsOf(plan, order).First(o => !o.GetProperty("after").EnumerateArray().Any());
        var (id, machine) = (first.GetProperty("operationId").GetString()!, first.GetProperty("machineId").GetString()!);

        await SendAsync(admin, State(machine, "running", time.GetUtcNow(), id));
        await WaitForOperationAsync(admin, id, "running");
        time.Advance(TimeSpan.FromMinutes(3));
        await SendAsync(admin, Count(machine, 0, 2, time.GetUtcNow(), id), State(machine, "idle", time.GetUtcNow(), id));
        await Task.Delay(500);

        var operation = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{id}", TestHost.Json);
        Assert.Equal("running", operation.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 2 }, TestHost.Json)).StatusCode);
    }
}
