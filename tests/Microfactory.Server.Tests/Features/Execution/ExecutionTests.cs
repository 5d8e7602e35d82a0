using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Execution;

/// <summary>
/// Operators execute the live plan through the API on a simulated clock: each move is checked (state, predecessors,
/// machine), appended to the audit trail, and reflected in the unit (serial, as-built record), the order (in
/// production, completed) and the plan (done work leaves it, started work stays where it runs).
/// </summary>
public sealed class ExecutionTests
{
    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The order's operations in an order the routing allows (every operation after those it waits for).</summary>
    private static List<JsonElement> InRoutingOrder(IEnumerable<JsonElement> operations)
    {
        var left = operations.ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<JsonElement>();
        while (left.Count > 0)
        {
            var next = left.First(o => o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!)));
            ordered.Add(next);
            done.Add(next.GetProperty("operationId").GetString()!);
            left.Remove(next);
        }
        return ordered;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Operations_OperatorRunsAUnitThrough_UnitGetsSerialAndAsBuiltAndOrderCompletes(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var (operatorClient, operatorId, _) = await host.NewUserAsync(Roles.Operator);
        using var operatorScope = operatorClient;
        var customer = await host.CreateCustomerAsync("Floor buyer");
        using var customerClient = await host.UserAsync(Roles.Customer, customer);
        var order = await LivePlanTests.OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var steps = InRoutingOrder(PlanWatch.OperationsOf(plan, order));
        var first = steps[0].GetProperty("operationId").GetString()!;

        var released = await ReadAsync(await operatorClient.GetAsync($"/api/v1/operations/{first}"), HttpStatusCode.OK);
        Assert.Equal("released", released.GetProperty("state").GetString());
        var early = await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{steps[1].GetProperty("operationId").GetString()}/start", new { }, TestHost.Json), HttpStatusCode.Conflict);
        Assert.Contains(first, early.GetProperty("errors").GetProperty("state")[0].GetString());
        await ReadAsync(await customerClient.PostAsJsonAsync($"/api/v1/operations/{first}/start", new { }, TestHost.Json), HttpStatusCode.Forbidden);

        var started = await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/start", new { }, TestHost.Json), HttpStatusCode.OK);
        Assert.Equal("running", started.GetProperty("state").GetString());
        Assert.Equal(steps[0].GetProperty("machineId").GetString(), started.GetProperty("machineId").GetString());
        Assert.Equal(operatorId, started.GetProperty("operatorId").GetString());
        var serial = started.GetProperty("serial").GetString()!;
        // The machine's state follows the operator's move (a machine without telemetry of its own still shows what it does).
        var machineState = await ReadAsync(await operatorClient.GetAsync($"/api/v1/machines/{steps[0].GetProperty("machineId").GetString()}/state"), HttpStatusCode.OK);
        Assert.Equal(("running", "operator", first), (machineState.GetProperty("state").GetString(), machineState.GetProperty("source").GetString(),
            machineState.GetProperty("operationId").GetString()));
        Assert.StartsWith("SN-", serial, StringComparison.Ordinal);
        var inProduction = await ReadAsync(await admin.GetAsync($"/api/v1/orders/{order}"), HttpStatusCode.OK);
        Assert.Equal("inProduction", inProduction.GetProperty("status").GetString());
        Assert.Equal((serial, "inProduction"), inProduction.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("serial").GetString(), u.GetProperty("status").GetString())).Single());

        // Pause and resume: the trail keeps every move; the paused time does not count as running time.
        time.Advance(TimeSpan.FromMinutes(4));
        await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/pause", new { reason = "Sheet jammed" }, TestHost.Json), HttpStatusCode.OK);
        await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/pause", new { }, TestHost.Json), HttpStatusCode.Conflict);
        time.Advance(TimeSpan.FromMinutes(10));
        await ReadAsync(await operatorClient.PostAsync($"/api/v1/operations/{first}/resume", null), HttpStatusCode.OK);
        time.Advance(TimeSpan.FromMinutes(2));
        var badCounts = await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/finish", new { good = 0, scrap = -1 }, TestHost.Json), HttpStatusCode.BadRequest);
        Assert.True(badCounts.GetProperty("errors").TryGetProperty("good", out _));
        Assert.True(badCounts.GetProperty("errors").TryGetProperty("scrap", out _));
        Assert.Equal("running", (await ReadAsync(await operatorClient.GetAsync($"/api/v1/operations/{first}"), HttpStatusCode.OK)).GetProperty("state").GetString());
        var finished = await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/finish", new { good = 1, scrap = 1 }, TestHost.Json), HttpStatusCode.OK);
        Assert.Equal("done", finished.GetProperty("state").GetString());
        var idle = await ReadAsync(await operatorClient.GetAsync($"/api/v1/machines/{steps[0].GetProperty("machineId").GetString()}/state"), HttpStatusCode.OK);
        Assert.Equal(("idle", "operation finished"), (idle.GetProperty("state").GetString(), idle.GetProperty("reason").GetString()));
        Assert.Equal(6 * 60, finished.GetProperty("runSeconds").GetInt64());
        Assert.Equal(["start", "pause", "resume", "finish"], finished.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
        Assert.All(finished.GetProperty("events").EnumerateArray(), e => Assert.Equal(("operator", operatorId), (e.GetProperty("source").GetString(), e.GetProperty("userId").GetString())));
        Assert.Equal("Sheet jammed", finished.GetProperty("events")[1].GetProperty("reason").GetString());
        await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{first}/finish", new { good = 1, scrap = 0 }, TestHost.Json), HttpStatusCode.Conflict);

        // Done work leaves the plan; the rest of the unit is still planned.
        plan = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan), p => PlanWatch.OperationsOf(p, order).Count() == 3);
        Assert.DoesNotContain(PlanWatch.Operations(plan), o => o.GetProperty("operationId").GetString() == first);
        Assert.Empty(await PlanFeasibility.CheckAsync(admin, plan));

        foreach (var step in steps.Skip(1))
        {
            var id = step.GetProperty("operationId").GetString()!;
            await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { }, TestHost.Json), HttpStatusCode.OK);
            time.Advance(TimeSpan.FromMinutes(5));
            await ReadAsync(await operatorClient.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 }, TestHost.Json), HttpStatusCode.OK);
        }

        var unit = await ReadAsync(await customerClient.GetAsync($"/api/v1/units/{serial}"), HttpStatusCode.OK);
        Assert.Equal("completed", unit.GetProperty("status").GetString());
        var asBuilt = unit.GetProperty("asBuilt");
        Assert.Equal(steps.Select(s => s.GetProperty("operationId").GetString()), asBuilt.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operationId").GetString()));
        Assert.All(asBuilt.GetProperty("operations").EnumerateArray(), o => Assert.Equal(operatorId, o.GetProperty("operatorId").GetString()));
        Assert.Equal(1, asBuilt.GetProperty("scrap").GetInt32());
        var completed = await ReadAsync(await customerClient.GetAsync($"/api/v1/orders/{order}"), HttpStatusCode.OK);
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("completed", completed.GetProperty("units")[0].GetProperty("status").GetString());

        var otherCustomer = await host.CreateCustomerAsync("Someone else");
        using var otherClient = await host.UserAsync(Roles.Customer, otherCustomer);
        await ReadAsync(await otherClient.GetAsync($"/api/v1/units/{serial}"), HttpStatusCode.NotFound);
        await ReadAsync(await admin.GetAsync("/api/v1/units/SN-NOPE-001"), HttpStatusCode.NotFound);
        await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan), p => !PlanWatch.OperationsOf(p, order).Any());
    }

    [Fact]
    public async Task Start_ConcurrentStartsOfOneOperation_ExactlyOneLands()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Race buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var first = InRoutingOrder(PlanWatch.OperationsOf(plan, order))[0].GetProperty("operationId").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => admin.PostAsJsonAsync($"/api/v1/operations/{first}/start", new { }, TestHost.Json)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var operation = await ReadAsync(await admin.GetAsync($"/api/v1/operations/{first}"), HttpStatusCode.OK);
        Assert.Single(operation.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Start_BadMachineOrBusyMachineOrUnknownOperation_IsRefusedByFieldAndChangesNothing()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Machine buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 2);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 8);
        var firsts = PlanWatch.OperationsOf(plan, order).Where(o => !o.GetProperty("after").EnumerateArray().Any()).ToList();
        var a = firsts[0].GetProperty("operationId").GetString()!;
        var b = firsts[1].GetProperty("operationId").GetString()!;
        var machine = firsts[0].GetProperty("machineId").GetString()!;

        var incapable = await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{a}/start", new { machineId = "mch_bench_1" }, TestHost.Json), HttpStatusCode.BadRequest);
        Assert.Contains("capability", incapable.GetProperty("errors").GetProperty("machineId")[0].GetString());
        await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{a}/start", new { machineId = "mch_nope" }, TestHost.Json), HttpStatusCode.BadRequest);
        Assert.Equal("released", (await ReadAsync(await admin.GetAsync($"/api/v1/operations/{a}"), HttpStatusCode.OK)).GetProperty("state").GetString());

        await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{a}/start", new { machineId = machine }, TestHost.Json), HttpStatusCode.OK);
        var busy = await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{b}/start", new { machineId = machine }, TestHost.Json), HttpStatusCode.Conflict);
        Assert.Contains(a, busy.GetProperty("errors").GetProperty("machineId")[0].GetString());

        await ReadAsync(await admin.GetAsync("/api/v1/operations/oln_nope.1.cut"), HttpStatusCode.NotFound);
        await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{new string('x', 5000)}/start", new { }, TestHost.Json), HttpStatusCode.NotFound);
        var tooLong = await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/operations/{a}/pause", new { reason = new string('r', 501) }, TestHost.Json), HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("reason", out _));
    }
}
