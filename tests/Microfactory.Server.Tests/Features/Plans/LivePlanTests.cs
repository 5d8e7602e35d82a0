using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Features.Plans;

/// <summary>
/// The live plan end to end against the real server on a simulated clock (Monday 7 January 2030, 09:00 in Hong Kong):
/// orders become jobs, a machine going down moves work off it while started and pinned work stays, the plan passes an
/// independent feasibility check, survives a restart, and is shown only to staff.
/// </summary>
public sealed class LivePlanTests
{
    internal static readonly DateTimeOffset Monday = new(2030, 1, 7, 1, 0, 0, TimeSpan.Zero);

    internal static async Task<(TestHost Host, FakeTimeProvider Time)> StartAsync(TestDatabase database, bool ownsDatabase = true, FakeTimeProvider? time = null, params string[] settings)
    {
        time ??= new FakeTimeProvider(Monday);
        var host = await TestHost.StartAsync(database, ownsDatabase, s => s.AddSingleton<TimeProvider>(time), true,
            ["--Microfactory:Plans:PollInterval=00:00:00.100", "--Microfactory:Plans:ImproveAfterQuiet=00:00:00", "--Microfactory:Plans:ExecutionRefresh=00:00:00", .. settings]);
        return (host, time);
    }

    internal static async Task<string> OrderAsync(HttpClient admin, string customerId, int quantity, string? requestedDate = "2030-01-20", string length = "800 mm")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId, factoryId = KwunTongDemo.FactoryId, requestedDate,
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity, parameters = new Dictionary<string, string> { ["length"] = length } } },
        }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
    }

    private static (string Machine, DateTimeOffset Start, DateTimeOffset End) Place(JsonElement op) =>
        (op.GetProperty("machineId").GetString()!, op.GetProperty("start").GetDateTimeOffset(), op.GetProperty("end").GetDateTimeOffset());

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AddDowntime_MachineGoesDown_WorkMovesOffWhileStartedAndPinnedWorkStays(string engine)
    {
        var (host, time) = await StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var _ = host;
        using var admin = host.Admin();
        using var planner = await host.UserAsync(Roles.Planner);
        var customer = await host.CreateCustomerAsync("Shelf buyer");
        var orders = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            orders.Add(await OrderAsync(admin, customer, 3));
        }
        var plan = await PlanWatch.WaitForVersionAsync(planner, 0, p => orders.All(o => PlanWatch.OperationsOf(p, o).Count() == 12));
        Assert.Empty(await PlanFeasibility.CheckAsync(admin, plan));

        // 40 minutes later the operators have started the first operation on each machine whose work was due by then;
        // a planner pins the first inspection to the second bench, an hour later.
        time.Advance(TimeSpan.FromMinutes(40));
        var due = PlanWatch.Operations(plan).Where(o => !o.GetProperty("after").EnumerateArray().Any() && o.GetProperty("start").GetDateTimeOffset() < time.GetUtcNow())
            .GroupBy(o => o.GetProperty("machineId").GetString()).Select(g => g.MinBy(o => o.GetProperty("start").GetDateTimeOffset())).ToList();
        Assert.NotEmpty(due);
        foreach (var operation in due)
        {
            var start = await admin.PostAsJsonAsync($"/api/v1/operations/{operation.GetProperty("operationId").GetString()}/start", new { }, TestHost.Json);
            Assert.True(start.StatusCode == HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
        }
        plan = await PlanWatch.WaitForVersionAsync(planner, PlanWatch.Version(plan), p => PlanWatch.Operations(p).Count(o => o.GetProperty("started").GetBoolean()) >= due.Count);
        // The pin is checked against the plan in force, which may have moved on since it was read (the starts are
        // folded in): read it again and choose again until the pin holds.
        DateTimeOffset pinStart = default;
        var refusals = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            plan = await PlanWatch.GetAsync(planner);
            var inspection = PlanWatch.Operations(plan).Where(o => o.GetProperty("stepId").GetString() == "inspect").MinBy(o => o.GetProperty("start").GetDateTimeOffset());
            pinStart = inspection.GetProperty("start").GetDateTimeOffset().AddHours(1);
            var pin = await planner.PutAsJsonAsync($"/api/v1/plan/operations/{inspection.GetProperty("operationId").GetString()}/pin",
                new { machineId = "mch_bench_2", start = pinStart }, TestHost.Json);
            if (pin.StatusCode == HttpStatusCode.OK)
            {
                refusals.Clear();
                break;
            }
            refusals.Add(await pin.Content.ReadAsStringAsync());
            await Task.Delay(300);
        }
        Assert.True(refusals.Count == 0, string.Join("\n", refusals));
        plan = await PlanWatch.WaitForVersionAsync(planner, PlanWatch.Version(plan), p => PlanWatch.Operations(p).Any(o => o.GetProperty("pinned").GetBoolean()));
        var started = PlanWatch.Operations(plan).Where(o => o.GetProperty("started").GetBoolean()).ToDictionary(o => o.GetProperty("operationId").GetString()!, Place);
        var pinned = PlanWatch.Operations(plan).Single(o => o.GetProperty("pinned").GetBoolean());
        Assert.NotEmpty(started);
        Assert.Equal(("mch_bench_2", pinStart), (Place(pinned).Machine, Place(pinned).Start));

        // The press brake goes down for up to eight hours from the end of its started work, and before the work of
        // the pinned unit on it (which cannot move either; after that work when there is no room before it): the work
        // in that window must move.
        const string machine = "mch_press_brake_1";
        var onMachine = PlanWatch.Operations(plan).Where(o => o.GetProperty("machineId").GetString() == machine).ToList();
        bool SameUnit(JsonElement o) => o.GetProperty("lineId").GetString() == pinned.GetProperty("lineId").GetString() && o.GetProperty("unit").GetInt32() == pinned.GetProperty("unit").GetInt32();
        var from = onMachine.Where(o => o.GetProperty("started").GetBoolean()).Select(o => o.GetProperty("end").GetDateTimeOffset()).DefaultIfEmpty(time.GetUtcNow()).Max();
        var frozenStart = onMachine.Where(SameUnit).Select(o => o.GetProperty("start").GetDateTimeOffset()).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var to = from.AddHours(8);
        if (frozenStart < to)
        {
            (from, to) = frozenStart > from.AddHours(1) ? (from, frozenStart)
                : (onMachine.Where(SameUnit).Max(o => o.GetProperty("end").GetDateTimeOffset()), onMachine.Where(SameUnit).Max(o => o.GetProperty("end").GetDateTimeOffset()).AddHours(8));
        }
        var affected = onMachine.Where(o => o.GetProperty("start").GetDateTimeOffset() < to && from < o.GetProperty("end").GetDateTimeOffset()).Select(o => o.GetProperty("operationId").GetString()).ToList();
        Assert.NotEmpty(affected);
        var down = await planner.PostAsJsonAsync($"/api/v1/machines/{machine}/downtime", new { from, to, reason = "Hydraulic leak" }, TestHost.Json);
        Assert.True(down.StatusCode == HttpStatusCode.Created, await down.Content.ReadAsStringAsync());

        var repaired = await PlanWatch.WaitForVersionAsync(planner, PlanWatch.Version(plan));
        Assert.Contains("Downtime added on mch_press_brake_1", repaired.GetProperty("reason").GetString());
        Assert.DoesNotContain(PlanWatch.Operations(repaired), o => o.GetProperty("machineId").GetString() == machine
            && o.GetProperty("start").GetDateTimeOffset() < to && from < o.GetProperty("end").GetDateTimeOffset());
        var after = PlanWatch.Operations(repaired).ToDictionary(o => o.GetProperty("operationId").GetString()!, Place);
        foreach (var (id, place) in started)
        {
            Assert.Equal(place, after[id]);
        }
        Assert.Equal(Place(pinned), after[pinned.GetProperty("operationId").GetString()!]);
        Assert.Empty(await PlanFeasibility.CheckAsync(admin, repaired));
    }

    [Fact]
    public async Task AddDowntime_OverPinnedWork_IsRefusedNamingTheOperationAndChangesNothing()
    {
        var (host, _) = await StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Pin buyer");
        var order = await OrderAsync(admin, customer, 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var bend = PlanWatch.OperationsOf(plan, order).Single(o => o.GetProperty("stepId").GetString() == "bend");
        var bendId = bend.GetProperty("operationId").GetString()!;
        (await admin.PutAsJsonAsync($"/api/v1/plan/operations/{bendId}/pin", new { machineId = "mch_press_brake_1", start = bend.GetProperty("start").GetDateTimeOffset() }, TestHost.Json)).EnsureSuccessStatusCode();
        plan = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan), p => PlanWatch.Operations(p).Any(o => o.GetProperty("pinned").GetBoolean()));

        var response = await admin.PostAsJsonAsync("/api/v1/machines/mch_press_brake_1/downtime",
            new { from = bend.GetProperty("start").GetDateTimeOffset().AddMinutes(-30), to = bend.GetProperty("end").GetDateTimeOffset().AddMinutes(30), reason = "Service" }, TestHost.Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
        Assert.Contains(bendId, problem.GetProperty("errors").GetProperty("from")[0].GetString());
        Assert.Contains("pinned", problem.GetProperty("detail").GetString());
        var machine = await admin.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_press_brake_1", TestHost.Json);
        Assert.Empty(machine.GetProperty("calendar").GetProperty("downtimes").EnumerateArray());
        await Task.Delay(300); // a few worker passes: nothing may have changed
        Assert.Equal(PlanWatch.Version(plan), PlanWatch.Version(await PlanWatch.GetAsync(admin)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Restart_NewServerOnTheSameDatabase_KeepsThePlanAndItsVersions(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migrate: false);
        var time = new FakeTimeProvider(Monday);
        JsonElement before;
        long versions;
        var (first, _) = await StartAsync(database, ownsDatabase: false, time);
        await using (first)
        {
            using var admin = first.Admin();
            var order = await OrderAsync(admin, await first.CreateCustomerAsync("Restart buyer"), 2);
            // The version that answers the order's own event: one made earlier (the order seen before its event) is followed by it.
            before = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 8
                && p.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("subjectId").GetString() == order));
            versions = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/factories/fac_kwun_tong/plan/versions", TestHost.Json)).GetProperty("total").GetInt64();
        }
        var (second, _) = await StartAsync(database, ownsDatabase: false, time);
        await using (second)
        {
            using var admin = second.Admin();
            var after = await PlanWatch.GetAsync(admin);
            Assert.Equal(PlanWatch.Version(before), PlanWatch.Version(after));
            Assert.Equal(PlanWatch.Operations(before).Select(o => (o.GetProperty("operationId").GetString(), Place(o))),
                PlanWatch.Operations(after).Select(o => (o.GetProperty("operationId").GetString(), Place(o))));
            var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/factories/fac_kwun_tong/plan/versions", TestHost.Json);
            Assert.Equal(versions, listed.GetProperty("total").GetInt64());
            Assert.Equal(PlanWatch.Version(before), listed.GetProperty("items")[0].GetProperty("version").GetInt64());
            Assert.True(listed.GetProperty("items")[0].GetProperty("kpis").GetProperty("operations").GetInt32() >= 8);
        }
    }

    [Fact]
    public async Task Plan_Customer_IsForbiddenAndSeesOnlyItsOwnOrdersExplanation()
    {
        var (host, _) = await StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var mine = await host.CreateCustomerAsync("Mine");
        var theirs = await host.CreateCustomerAsync("Theirs");
        using var customer = await host.UserAsync(Roles.Customer, mine);
        var own = await OrderAsync(admin, mine, 2);
        var other = await OrderAsync(admin, theirs, 2);
        await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, own).Any() && PlanWatch.OperationsOf(p, other).Any());

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/v1/factories/fac_kwun_tong/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/v1/factories/fac_kwun_tong/plan/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/api/v1/orders/{other}/explanation")).StatusCode);
        var explanation = await customer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{own}/explanation", TestHost.Json);
        Assert.Equal(own, explanation.GetProperty("orderId").GetString());
        var links = explanation.GetProperty("links").EnumerateArray().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.EndsWith(".", l.GetProperty("sentence").GetString()));
        Assert.All(links, l => Assert.True(l.GetProperty("orderId").ValueKind == JsonValueKind.Null || l.GetProperty("orderId").GetString() == own));
        Assert.Equal(links[^1].GetProperty("end").GetDateTimeOffset(), explanation.GetProperty("plannedCompletion").GetDateTimeOffset());
        Assert.Contains(own, explanation.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task PlannerChanges_BadInput_AreProblemsNamingTheFieldAndChangeNothing()
    {
        var (host, _) = await StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var order = await OrderAsync(admin, await host.CreateCustomerAsync("Careless"), 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var bend = PlanWatch.OperationsOf(plan, order).Single(o => o.GetProperty("stepId").GetString() == "bend");
        var pinUrl = $"/api/v1/plan/operations/{bend.GetProperty("operationId").GetString()}/pin";
        var start = bend.GetProperty("start").GetDateTimeOffset();

        await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/machines/mch_bench_1/downtime", new { from = start, to = start.AddHours(-1), reason = "x" }, TestHost.Json), HttpStatusCode.BadRequest, "to");
        await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/machines/mch_bench_1/downtime", new { from = start.AddDays(-3), to = start.AddDays(-2), reason = "x" }, TestHost.Json), HttpStatusCode.BadRequest, "to");
        await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/machines/mch_bench_1/downtime", new { to = start.AddHours(1), reason = "x" }, TestHost.Json), HttpStatusCode.BadRequest, "from");
        await ProblemAsync(await admin.PutAsJsonAsync(pinUrl, new { machineId = "mch_bench_1", start }, TestHost.Json), HttpStatusCode.BadRequest, "machineId");
        await ProblemAsync(await admin.PutAsJsonAsync(pinUrl, new { machineId = "mch_press_brake_1", start = start.AddDays(-1) }, TestHost.Json), HttpStatusCode.BadRequest, "start");
        await ProblemAsync(await admin.PutAsJsonAsync(pinUrl, new { machineId = "mch_press_brake_1", start = new DateTimeOffset(2030, 1, 7, 14, 0, 0, TimeSpan.Zero) }, TestHost.Json), HttpStatusCode.Conflict, "start"); // 22:00 in Hong Kong: outside shifts
        await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/orders/{order}/priority", new { priority = 11 }, TestHost.Json), HttpStatusCode.BadRequest, "priority");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/plan/operations/oln_nothing.1.bend/pin", new { machineId = "mch_press_brake_1", start }, TestHost.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/machines/mch_bench_1/downtime/dtm_1")).StatusCode);

        var machine = await admin.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_bench_1", TestHost.Json);
        Assert.Empty(machine.GetProperty("calendar").GetProperty("downtimes").EnumerateArray());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order}", TestHost.Json)).GetProperty("priority").GetInt32());
        await Task.Delay(300);
        var now = await PlanWatch.GetAsync(admin);
        Assert.Equal(PlanWatch.Version(plan), PlanWatch.Version(now));
        Assert.DoesNotContain(PlanWatch.Operations(now), o => o.GetProperty("pinned").GetBoolean());
    }

    [Fact]
    public async Task SetPriority_And_RemoveDowntime_EachStoreAVersionSayingWhyAndWho()
    {
        var (host, _) = await StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var (planner, plannerId, _) = await host.NewUserAsync(Roles.Planner);
        using var ___ = planner;
        var order = await OrderAsync(admin, await host.CreateCustomerAsync("Urgent"), 1);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Any());

        var priority = await planner.PutAsJsonAsync($"/api/v1/orders/{order}/priority", new { priority = 5 }, TestHost.Json);
        Assert.Equal(HttpStatusCode.OK, priority.StatusCode);
        Assert.Equal(5, (await priority.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("priority").GetInt32());
        // The order's own event (placed) may still be answered by a version of its own first.
        plan = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan), p => p.GetProperty("reason").GetString()!.Contains("Priority of order", StringComparison.Ordinal));
        Assert.Contains($"Priority of order {order} changed by {plannerId}", plan.GetProperty("reason").GetString());
        Assert.Equal("priorityChanged", plan.GetProperty("events")[0].GetProperty("kind").GetString());

        var added = await planner.PostAsJsonAsync("/api/v1/machines/mch_co2_laser_1/downtime",
            new { from = Monday.AddDays(2), to = Monday.AddDays(2).AddHours(4), reason = "Lens change" }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var downtime = await added.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
        Assert.Equal(added.Headers.Location!.OriginalString, $"/api/v1/machines/mch_co2_laser_1/downtime/{downtime.GetProperty("id").GetString()}");
        plan = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan));
        Assert.Equal(HttpStatusCode.NoContent, (await planner.DeleteAsync(added.Headers.Location)).StatusCode);
        plan = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(plan));
        Assert.Contains("Downtime removed on mch_co2_laser_1", plan.GetProperty("reason").GetString());
        var machine = await admin.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_co2_laser_1", TestHost.Json);
        Assert.Empty(machine.GetProperty("calendar").GetProperty("downtimes").EnumerateArray());
    }

    [Fact]
    public async Task Improve_QuietAfterARepairThatMadeAnOrderLate_StoresABetterVersionKeepingStartedWork()
    {
        var time = new FakeTimeProvider(Monday);
        var host = await TestHost.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false), true, s => s.AddSingleton<TimeProvider>(time), true,
            "--Microfactory:Plans:PollInterval=00:00:00.100", "--Microfactory:Plans:ImproveAfterQuiet=00:01:00", "--Microfactory:Plans:ImproveTimeLimit=00:00:02");
        await using var _ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Improver");
        // The repair appends new work in order of arrival, so the order due today waits behind the one due in three weeks.
        var relaxed = await OrderAsync(admin, customer, 20, "2030-01-28");
        var urgent = await OrderAsync(admin, customer, 2, "2030-01-07");
        var repaired = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, relaxed).Count() == 80 && PlanWatch.OperationsOf(p, urgent).Count() == 8);
        var before = repaired.GetProperty("kpis").GetProperty("totalWeightedTardinessMinutes").GetDouble();
        Assert.True(before > 0, "the repaired plan should make the urgent order late");

        time.Advance(TimeSpan.FromMinutes(2));
        var improved = await PlanWatch.WaitForVersionAsync(admin, PlanWatch.Version(repaired));

        Assert.StartsWith("Improved while quiet", improved.GetProperty("reason").GetString());
        Assert.True(improved.GetProperty("kpis").GetProperty("totalWeightedTardinessMinutes").GetDouble() < before);
        var after = PlanWatch.Operations(improved).ToDictionary(o => o.GetProperty("operationId").GetString()!, Place);
        foreach (var started in PlanWatch.Operations(repaired).Where(o => o.GetProperty("start").GetDateTimeOffset() < time.GetUtcNow()))
        {
            Assert.Equal(Place(started), after[started.GetProperty("operationId").GetString()!]);
        }
        Assert.Empty(await PlanFeasibility.CheckAsync(admin, improved));
    }

    [Fact]
    public async Task Events_NewVersionStored_IsPushedToSubscribers()
    {
        var (host, _) = await StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0);
        using var stream = await admin.GetStreamAsync("/api/v1/factories/fac_kwun_tong/plan/events");
        using var reader = new StreamReader(stream);
        var first = await NextPlanEventAsync(reader);
        Assert.Equal(PlanWatch.Version(plan), first.GetProperty("version").GetInt64());

        await OrderAsync(admin, await host.CreateCustomerAsync("Streamed"), 1);
        var next = await NextPlanEventAsync(reader);
        Assert.True(next.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
        Assert.False(string.IsNullOrEmpty(next.GetProperty("reason").GetString()));
    }

    private static async Task<JsonElement> NextPlanEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(PlanWatch.Timeout);
        var isPlan = false;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: plan")
            {
                isPlan = true;
            }
            else if (isPlan && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }

    private static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
    }
}
