using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Tests.Support;
using static Microfactory.Server.Tests.Features.Telemetry.TelemetryCalls;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>POST /api/v1/telemetry and GET /api/v1/machines/{id}/state on both engines; each test works on a machine of its own.</summary>
public sealed class TelemetryApiTests(EnginesFixture engines) : IClassFixture<EnginesFixture>
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private async Task<(TestHost Host, HttpClient Admin, string Machine)> SetUpAsync(string engine)
    {
        var host = engines.Host(engine);
        var admin = host.Admin();
        return (host, admin, await NewMachineAsync(admin));
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ingest_MixedBatch_CountsAcceptedAndSetsTheState(string engine)
    {
        var (host, admin, machine) = await SetUpAsync(engine);
        var at = Now.AddMinutes(-1);

        var answer = await OkAsync(await PostAsync(admin, State(machine, "running", at, reason: "Job started"), Count(machine, 4, 1, at), Energy(machine, 1200.5, at)));

        Assert.Equal((3, 0, 0), (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("duplicates").GetInt32(), answer.GetProperty("rejected").GetInt32()));
        Assert.Equal(["accepted", "accepted", "accepted"], answer.GetProperty("results").EnumerateArray().Select(r => r.GetString()));
        var state = await StateAsync(admin, machine);
        Assert.Equal(("running", "http", "Job started"), (state.GetProperty("state").GetString(), state.GetProperty("source").GetString(), state.GetProperty("reason").GetString()));
        Assert.Equal(at.ToUnixTimeMilliseconds(), state.GetProperty("since").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Equal(new TelemetryTotals(1, 1, 4, 1, 1, 3), await host.Service<TelemetryStore>().TotalsAsync(machine, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ingest_SameIdOrSeqTwice_CountsOnce(string engine)
    {
        var (host, admin, machine) = await SetUpAsync(engine);
        var at = Now.AddMinutes(-1);
        var byId = Count(machine, 2, 0, at, id: "dup-1");
        var bySeq = Count(machine, 3, 0, at, seq: 7);

        var first = await OkAsync(await PostAsync(admin, byId, byId, bySeq, bySeq));
        var again = await OkAsync(await PostAsync(admin, bySeq, byId));

        Assert.Equal(["accepted", "duplicate", "accepted", "duplicate"], first.GetProperty("results").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((0, 2), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        var totals = await host.Service<TelemetryStore>().TotalsAsync(machine, default);
        Assert.Equal((2L, 5L), (totals.CountMessages, totals.Good));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ingest_OlderStateAfterNewer_KeepsTheNewer(string engine)
    {
        var (_, admin, machine) = await SetUpAsync(engine);
        var at = Now.AddMinutes(-2);

        await OkAsync(await PostAsync(admin, State(machine, "down", at.AddMinutes(1), reason: "Jam")));
        await OkAsync(await PostAsync(admin, State(machine, "running", at)));

        var state = await StateAsync(admin, machine);
        Assert.Equal(("down", "Jam"), (state.GetProperty("state").GetString(), state.GetProperty("reason").GetString()));
    }

    public static TheoryData<string, string, string> BadMessages => new()
    {
        { "negative good", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"count","id":"x","good":-1,"scrap":0,"at":"{at}"}""", "messages[1].good" },
        { "unknown kind", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"temperature","id":"x","at":"{at}"}""", "messages[1].kind" },
        { "unknown machine", """{"factoryId":"fac_kwun_tong","machineId":"mch_nowhere","kind":"state","id":"x","state":"idle","at":"{at}"}""", "messages[1].machineId" },
        { "other factory", """{"factoryId":"fac_elsewhere","machineId":"{m}","kind":"state","id":"x","state":"idle","at":"{at}"}""", "messages[1].machineId" },
        { "far future", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"state","id":"x","state":"idle","at":"2099-01-01T00:00:00Z"}""", "messages[1].at" },
        { "absurdly old", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"state","id":"x","state":"idle","at":"1999-01-01T00:00:00Z"}""", "messages[1].at" },
        { "bad state", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"state","id":"x","state":"broken","at":"{at}"}""", "messages[1].state" },
        { "no key", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"energy","kwh":5,"at":"{at}"}""", "messages[1].id" },
        { "field of another kind", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"energy","id":"x","kwh":5,"good":1,"at":"{at}"}""", "messages[1].good" },
        { "null message", "null", "messages[1]" },
        { "good as text", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"count","id":"x","good":"many","scrap":0,"at":"{at}"}""", "messages[1].good" },
        { "unknown field", """{"factoryId":"fac_kwun_tong","machineId":"{m}","kind":"count","id":"x","good":1,"scrap":0,"at":"{at}","colour":"red"}""", "messages[1].colour" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task Ingest_OneBadMessage_RefusesTheBatchNamingItAndChangesNothing(string caseName, string bad, string field)
    {
        var (host, admin, machine) = await SetUpAsync("sqlite");
        var at = Now.AddMinutes(-1).ToString("O");
        var good = JsonSerializer.Serialize(Count(machine, 1, 0, Now.AddMinutes(-1)), TestHost.Json);
        var body = $$"""{"messages":[{{good}},{{bad.Replace("{m}", machine, StringComparison.Ordinal).Replace("{at}", at, StringComparison.Ordinal)}}]}""";

        var response = await admin.PostAsync("/api/v1/telemetry", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await ValidationAsync(response);
        Assert.True(errors.ContainsKey(field), $"{caseName}: expected {field} in {string.Join(", ", errors.Keys)}");
        Assert.Equal(new TelemetryTotals(0, 0, 0, 0, 0, 0), await host.Service<TelemetryStore>().TotalsAsync(machine, default));
    }

    [Fact]
    public async Task Ingest_BatchSizeOutOfBounds_IsRefusedForMessages()
    {
        var (_, admin, machine) = await SetUpAsync("sqlite");

        var empty = await ValidationAsync(await PostAsync(admin));
        var tooMany = await ValidationAsync(await PostAsync(admin, [.. Enumerable.Range(0, 1001).Select(i => Count(machine, 1, 0, Now.AddMinutes(-1), seq: i))]));
        var missing = await ValidationAsync(await admin.PostAsync("/api/v1/telemetry", new StringContent("{}", Encoding.UTF8, "application/json")));

        Assert.Contains("messages", empty.Keys);
        Assert.Contains("1001", tooMany["messages"][0], StringComparison.Ordinal);
        Assert.Contains("messages", missing.Keys);
    }

    [Fact]
    public async Task Ingest_BodyOverTheJsonLimit_Is413AndChangesNothing()
    {
        var (host, admin, machine) = await SetUpAsync("sqlite");
        var reason = new string('r', 400);
        // As curl does for large bodies: wait for "100 Continue" before sending it, so the early refusal can be read
        // (otherwise the server's close may meet the client still writing: a broken pipe instead of the answer).
        admin.DefaultRequestHeaders.ExpectContinue = true;

        var response = await PostAsync(admin, [.. Enumerable.Range(0, 2500).Select(i => State(machine, "down", Now.AddMinutes(-1), reason: reason + i))]);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Equal(0, (await host.Service<TelemetryStore>().TotalsAsync(machine, default)).StateChanges);
    }

    [Fact]
    public async Task Ingest_ThousandMessages_IsTakenInOneBatch()
    {
        var (host, admin, machine) = await SetUpAsync("sqlite");

        var answer = await OkAsync(await PostAsync(admin, [.. Enumerable.Range(0, 1000).Select(i => Count(machine, 1, 0, Now.AddMinutes(-1), seq: i))]));

        Assert.Equal(1000, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(1000, (await host.Service<TelemetryStore>().TotalsAsync(machine, default)).Good);
    }

    [Fact]
    public async Task GetState_BeforeAnyReport_IsOffSinceCreation()
    {
        var (_, admin, machine) = await SetUpAsync("sqlite");

        var state = await StateAsync(admin, machine);

        Assert.Equal("off", state.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("source").ValueKind);
        Assert.True(state.GetProperty("since").GetDateTimeOffset() > Now.AddMinutes(-5));
    }

    [Fact]
    public async Task GetState_UnknownMachine_IsNotFound()
    {
        using var admin = engines.Host("sqlite").Admin();

        var response = await admin.GetAsync("/api/v1/machines/mch_nowhere/state");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Roles.Operator, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Roles.Planner, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Roles.Designer, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Customer, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Access_ByRole_FollowsTheMachineRules(string role, HttpStatusCode read, HttpStatusCode ingest)
    {
        var host = engines.Host("sqlite");
        using var caller = await host.UserAsync(role, role == Roles.Customer ? await host.CreateCustomerAsync("Telemetry buyer") : null);
        var machine = KwunTongDemo.Machines[^1].Id;

        Assert.Equal(read, (await caller.GetAsync($"/api/v1/machines/{machine}/state")).StatusCode);
        Assert.Equal(ingest, (await PostAsync(caller, Energy(machine, 1, Now.AddMinutes(-1)))).StatusCode);
        Assert.Equal(role == Roles.Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await caller.GetAsync("/api/v1/telemetry/stats")).StatusCode);
    }

    [Fact]
    public async Task Feed_Subscriber_ReceivesCommittedNewMessagesOnly()
    {
        var (host, admin, machine) = await SetUpAsync("sqlite");
        using var subscription = host.Service<TelemetryFeed>().Subscribe();
        var message = Count(machine, 2, 0, Now.AddMinutes(-1), id: "feed-1");

        await OkAsync(await PostAsync(admin, message, message));
        await OkAsync(await PostAsync(admin, message));
        await OkAsync(await PostAsync(admin, Energy(machine, 9, Now.AddMinutes(-1), id: "feed-2")));

        var received = new List<CommittedTelemetry>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (received.Count(r => r.Message.MachineId == machine) < 2)
        {
            received.Add(await subscription.Reader.ReadAsync(timeout.Token));
        }
        var mine = received.Where(r => r.Message.MachineId == machine).ToList();
        Assert.Equal(["id:feed-1", "id:feed-2"], mine.Select(r => r.Message.Key.Text));
        Assert.All(mine, r => Assert.Equal("http", r.Source));
        Assert.False(subscription.Reader.TryPeek(out var extra) && extra.Message.MachineId == machine);
    }

    [Fact]
    public void Feed_SlowReader_DropsTheOldestAndCountsThem()
    {
        var feed = new TelemetryFeed();
        using var slow = feed.Subscribe(capacity: 3);
        var items = Enumerable.Range(0, 5).Select(i => new CommittedTelemetry(
            new Microfactory.Shopfloor.Telemetry.EnergyReport("f", "m", Microfactory.Shopfloor.Telemetry.MessageKey.FromSeq(i), Now, i), "mqtt", null, Now)).ToList();

        feed.Publish(items);

        Assert.Equal(2, slow.Dropped);
        Assert.True(slow.Reader.TryRead(out var oldest));
        Assert.Equal("seq:2", oldest.Message.Key.Text);
        slow.Dispose();
        Assert.Equal(0, feed.Subscribers);
    }
}
