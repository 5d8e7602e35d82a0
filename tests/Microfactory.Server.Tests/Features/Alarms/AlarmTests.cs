using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;
using Microfactory.Shopfloor.Alarms;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Microfactory.Server.Tests.Features.Alarms;

/// <summary>
/// Alarms end to end on the real server with a simulated clock: telemetry (POST /api/v1/telemetry) and operations moved
/// through the API raise and clear them, people acknowledge them, and the same condition is never raised twice, not even
/// by a restart over the same database.
/// </summary>
public sealed class AlarmTests(ITestOutputHelper output)
{
    private const string Printer = "mch_fdm_3";
    private const string Laser = "mch_co2_laser_1"; // idle 0.4 kW, working 2.2 kW

    /// <summary>No periodic pass during the test: what happens must come from the telemetry feed.</summary>
    private const string FeedOnly = "--Microfactory:Alarms:Interval=01:00:00";

    private const string FastPasses = "--Microfactory:Alarms:Interval=00:00:00.100";

    private static object State(string machineId, string state, DateTimeOffset at, string? operationId = null) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "state", id = Guid.NewGuid().ToString("N"), state, at, operationId };

    private static object Energy(string machineId, double kwh, DateTimeOffset at) =>
        new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "energy", id = Guid.NewGuid().ToString("N"), kwh, at };

    private static async Task SendAsync(HttpClient client, params object[] messages)
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", new { messages }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/alarms?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
    }

    /// <summary>Polls the list until an item matches (20 s at most, then fails with what there is).</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient client, string query, Func<JsonElement, bool> match)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await ListAsync(client, query);
            var found = page.GetProperty("items").EnumerateArray().Where(match).ToList();
            if (found.Count > 0)
            {
                return found[0];
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"No matching alarm for ?{query}: {page}");
            await Task.Delay(20);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MachineDown_ReportedThenBackUp_RaisesACriticalAlarmThenClearsIt(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false), settings: [FeedOnly]);
        await using var _ = host;
        using var admin = host.Admin();
        using var subscription = host.Service<AlarmFeed>().Subscribe();
        var downAt = time.GetUtcNow();

        var sent = Stopwatch.StartNew();
        await SendAsync(admin, State(Printer, "down", downAt));
        var alarm = await WaitForAsync(admin, $"machineId={Printer}&state=open", a => a.GetProperty("kind").GetString() == "machineDown");
        output.WriteLine($"machine-down alarm listed {sent.ElapsedMilliseconds} ms after the report was accepted");
        Assert.Equal("critical", alarm.GetProperty("severity").GetString());
        Assert.Equal(downAt, alarm.GetProperty("raisedAt").GetDateTimeOffset());
        Assert.Equal(KwunTongDemo.FactoryId, alarm.GetProperty("factoryId").GetString());
        Assert.Equal(JsonValueKind.Null, alarm.GetProperty("operationId").ValueKind);
        Assert.Contains(Printer, alarm.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Down again (a repeated report of the same spell) raises nothing new; back to idle clears it as of that instant.
        time.Advance(TimeSpan.FromMinutes(3));
        await SendAsync(admin, State(Printer, "down", time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(4));
        var upAt = time.GetUtcNow();
        await SendAsync(admin, State(Printer, "idle", upAt));
        var id = alarm.GetProperty("id").GetString()!;
        var cleared = await WaitForAsync(admin, $"machineId={Printer}&state=cleared", a => a.GetProperty("id").GetString() == id);
        Assert.Equal(upAt, cleared.GetProperty("clearedAt").GetDateTimeOffset());
        Assert.Contains("idle", cleared.GetProperty("clearReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await ListAsync(admin, $"machineId={Printer}&state=all")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await ListAsync(admin, $"machineId={Printer}&state=open")).GetProperty("total").GetInt64());

        var notices = new List<AlarmNotice>();
        while (notices.Count < 2 && await subscription.Reader.WaitToReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token))
        {
            while (subscription.Reader.TryRead(out var notice))
            {
                notices.Add(notice);
            }
        }
        Assert.Equal([AlarmChange.Raised, AlarmChange.Cleared], notices.Select(n => n.Change));
        Assert.All(notices, n => Assert.Equal(id, n.Alarm.Id));
    }

    [Fact]
    public async Task Operation_RunningPastPlanAndMargin_RaisesAnOverrunAlarmThatFinishingClears()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), settings: [FastPasses]);
        await using var _ = host;
        using var admin = host.Admin();
        using var operatorClient = await host.UserAsync(Roles.Operator);
        var order = await LivePlanTests.OrderAsync(admin, await host.CreateCustomerAsync("Overrun buyer"), 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var first = PlanWatch.OperationsOf(plan, order).First(o => !o.GetProperty("after").EnumerateArray().Any());
        var id = first.GetProperty("operationId").GetString()!;
        var planned = first.GetProperty("end").GetDateTimeOffset() - first.GetProperty("start").GetDateTimeOffset();
        var limit = planned + TimeSpan.FromTicks(Math.Max(planned.Ticks / 10, TimeSpan.FromMinutes(5).Ticks));
        var started = await operatorClient.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { }, TestHost.Json);
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var startedAt = (await started.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("startedAt").GetDateTimeOffset();

        // Exactly at the limit is no overrun; a minute past it is.
        time.Advance(limit);
        await Task.Delay(500);
        Assert.Equal(0, (await ListAsync(admin, "state=all")).GetProperty("total").GetInt64());
        time.Advance(TimeSpan.FromMinutes(1));
        var alarm = await WaitForAsync(admin, "state=open", a => a.GetProperty("kind").GetString() == "operationOverrun");
        Assert.Equal(id, alarm.GetProperty("operationId").GetString());
        Assert.Equal(first.GetProperty("machineId").GetString(), alarm.GetProperty("machineId").GetString());
        Assert.Equal("warning", alarm.GetProperty("severity").GetString());
        Assert.Equal(startedAt + limit, alarm.GetProperty("raisedAt").GetDateTimeOffset());

        var finished = await operatorClient.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 }, TestHost.Json);
        Assert.True(finished.IsSuccessStatusCode, await finished.Content.ReadAsStringAsync());
        var cleared = await WaitForAsync(admin, "state=cleared", a => a.GetProperty("id").GetString() == alarm.GetProperty("id").GetString());
        Assert.Contains("finished", cleared.GetProperty("clearReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await ListAsync(admin, "state=all")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Energy_DrawFarAboveWorkingPower_RaisesAnEnergyAlarm()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), settings: [FeedOnly]);
        await using var _ = host;
        using var admin = host.Admin();
        var t0 = time.GetUtcNow();
        time.Advance(TimeSpan.FromMinutes(10));
        // Running since t0, the meter rising by 20 kWh an hour (working power is 2.2 kW) for ten minutes.
        var messages = new List<object> { State(Laser, "running", t0) };
        messages.AddRange(Enumerable.Range(0, 11).Select(m => Energy(Laser, 50 + (m * 20.0 / 60), t0.AddMinutes(m))));
        await SendAsync(admin, [.. messages]);

        var alarm = await WaitForAsync(admin, $"machineId={Laser}", a => a.GetProperty("kind").GetString() == "energyOutOfBand");
        Assert.Equal("warning", alarm.GetProperty("severity").GetString());
        Assert.Equal("open", alarm.GetProperty("state").GetString());
        Assert.Contains("20", alarm.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await ListAsync(admin, $"machineId={Laser}&state=all")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Acknowledge_ByOperator_IsRecordedOnceWithUserTimeAndNote()
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), settings: [FeedOnly]);
        await using var _ = host;
        using var admin = host.Admin();
        var (operatorClient, operatorId, _) = await host.NewUserAsync(Roles.Operator);
        using var __ = operatorClient;
        using var customer = await host.UserAsync(Roles.Customer, await host.CreateCustomerAsync("Curious buyer"));
        using var planner = await host.UserAsync(Roles.Planner);
        using var subscription = host.Service<AlarmFeed>().Subscribe();
        await SendAsync(admin, State(Printer, "down", time.GetUtcNow()));
        var id = (await WaitForAsync(admin, "state=open", a => a.GetProperty("machineId").GetString() == Printer)).GetProperty("id").GetString()!;
        time.Advance(TimeSpan.FromMinutes(2));
        var ackAt = time.GetUtcNow();

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync($"/api/v1/alarms/{id}/ack", new { }, TestHost.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync($"/api/v1/alarms/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/v1/alarms")).StatusCode);
        await ProblemAssert.IsProblemAsync(await operatorClient.PostAsJsonAsync($"/api/v1/alarms/{id}/ack", new { note = new string('x', 501) }, TestHost.Json),
            HttpStatusCode.BadRequest, "note");
        await ProblemAssert.IsProblemAsync(await operatorClient.PostAsJsonAsync($"/api/v1/alarms/{id}/ack", new { note = "bad\u0000note" }, TestHost.Json),
            HttpStatusCode.BadRequest, "note");
        var unchanged = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alarms/{id}", TestHost.Json);
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("acknowledgedAt").ValueKind);

        var acked = await operatorClient.PostAsJsonAsync($"/api/v1/alarms/{id}/ack", new { note = "Nozzle clogged,\nswapping it." }, TestHost.Json);
        Assert.Equal(HttpStatusCode.OK, acked.StatusCode);
        var alarm = await acked.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
        Assert.Equal(("acknowledged", operatorId, "Nozzle clogged,\nswapping it.", ackAt),
            (alarm.GetProperty("state").GetString(), alarm.GetProperty("acknowledgedBy").GetString(), alarm.GetProperty("note").GetString(), alarm.GetProperty("acknowledgedAt").GetDateTimeOffset()));
        Assert.Equal(id, (await ListAsync(planner, "state=acknowledged")).GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(0, (await ListAsync(planner, "state=open")).GetProperty("total").GetInt64());

        // Again, by someone else and later: the first acknowledgement stays.
        time.Advance(TimeSpan.FromMinutes(1));
        var again = await admin.PostAsJsonAsync($"/api/v1/alarms/{id}/ack", new { }, TestHost.Json);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(alarm.ToString(), (await again.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).ToString());
        Assert.Equal(alarm.ToString(), (await planner.GetFromJsonAsync<JsonElement>($"/api/v1/alarms/{id}", TestHost.Json)).ToString());

        var changes = new List<AlarmChange>();
        while (subscription.Reader.TryRead(out var notice))
        {
            changes.Add(notice.Change);
        }
        Assert.Equal([AlarmChange.Raised, AlarmChange.Acknowledged], changes);
    }

    [Fact]
    public async Task Requests_UnknownIdOrBadFilters_AreProblemsNamingTheField()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), settings: [FeedOnly]);
        await using var __ = host;
        using var operatorClient = await host.UserAsync(Roles.Operator);

        await ProblemAssert.IsProblemAsync(await operatorClient.GetAsync("/api/v1/alarms/alm_does_not_exist"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await operatorClient.PostAsJsonAsync("/api/v1/alarms/alm_does_not_exist/ack", new { }, TestHost.Json), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await operatorClient.GetAsync("/api/v1/alarms?state=closed"), HttpStatusCode.BadRequest, "state");
        await ProblemAssert.IsProblemAsync(await operatorClient.GetAsync("/api/v1/alarms?state=OPEN"), HttpStatusCode.BadRequest, "state");
        await ProblemAssert.IsProblemAsync(await operatorClient.GetAsync($"/api/v1/alarms?machineId={new string('m', 101)}"), HttpStatusCode.BadRequest, "machineId");
        await ProblemAssert.IsProblemAsync(await operatorClient.GetAsync("/api/v1/alarms?pageSize=201"), HttpStatusCode.BadRequest, "pageSize");
        var empty = await ListAsync(operatorClient, $"factoryId={KwunTongDemo.FactoryId}&state=open&page=1&pageSize=10");
        Assert.Equal((0, 1, 10), (empty.GetProperty("total").GetInt32(), empty.GetProperty("page").GetInt32(), empty.GetProperty("pageSize").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Raise_SameConditionAgainRacingOrAfterRestart_IsStoredOnce(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migrate: false);
        var time = new FakeTimeProvider(LivePlanTests.Monday);
        string id;
        var (first, _) = await LivePlanTests.StartAsync(database, ownsDatabase: false, time, FeedOnly);
        await using (first)
        {
            using var admin = first.Admin();
            await SendAsync(admin, State(Printer, "down", time.GetUtcNow()));
            id = (await WaitForAsync(admin, "state=open", a => a.GetProperty("machineId").GetString() == Printer)).GetProperty("id").GetString()!;
            // Evaluations racing each other over the same picture raise nothing more.
            var checker = first.Service<AlarmChecker>();
            var raced = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => checker.CheckAsync(KwunTongDemo.FactoryId, default)));
            Assert.All(raced, Assert.Empty);
            // A second process with a stale picture: the same key again, or another spell of the same open condition, is not stored.
            var store = first.Service<AlarmStore>();
            var open = (await store.NotClearedAsync(KwunTongDemo.FactoryId, default)).Single().ToAlarm();
            var later = open with { RaisedAt = open.RaisedAt.AddMinutes(1) };
            Assert.Empty(await store.ApplyAsync(KwunTongDemo.FactoryId, new AlarmDecision([open, later], []), () => $"alm_stale{Guid.NewGuid():N}", default));
        }
        time.Advance(TimeSpan.FromMinutes(5));
        var (second, _) = await LivePlanTests.StartAsync(database, ownsDatabase: false, time, FeedOnly);
        await using (second)
        {
            using var admin = second.Admin();
            // The monitor evaluated at start; one more evaluation is certain to have run after it.
            var evaluation = Stopwatch.StartNew();
            Assert.Empty(await second.Service<AlarmChecker>().CheckAsync(KwunTongDemo.FactoryId, default));
            output.WriteLine($"{engine}: one evaluation of the demo factory ({KwunTongDemo.Machines.Length} machines) took {evaluation.ElapsedMilliseconds} ms");
            var all = await ListAsync(admin, $"machineId={Printer}&state=all");
            Assert.Equal(1, all.GetProperty("total").GetInt64());
            Assert.Equal(id, all.GetProperty("items")[0].GetProperty("id").GetString());
            Assert.Equal("open", all.GetProperty("items")[0].GetProperty("state").GetString());
        }
    }
}
