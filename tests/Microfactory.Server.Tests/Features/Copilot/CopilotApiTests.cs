using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>/api/v1/copilot on both engines: answers from the asker's own view, follow-ups, bad input, proposals that only their asker confirms.</summary>
public sealed class CopilotApiTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_StateOfTheFiberLaser_AnswersItsStateAndCitesTheMachine(string engine)
    {
        using var operatorUser = await fixture.Host(engine).UserAsync("operator");

        var answer = await AskAsync(operatorUser, "what is the state of the fiber laser");

        Assert.Equal("en", answer.GetProperty("language").GetString());
        Assert.Equal("microfactory-offline", answer.GetProperty("engine").GetString());
        Assert.Contains("Fiber laser 1", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = Assert.Single(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal("machine", citation.GetProperty("kind").GetString());
        Assert.Equal("mch_fiber_laser_1", citation.GetProperty("id").GetString());
        Assert.Equal("/shopfloor/machines/mch_fiber_laser_1", citation.GetProperty("href").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_ChineseMachineName_AnswersInChinese(string engine)
    {
        using var operatorUser = await fixture.Host(engine).UserAsync("operator");

        var answer = await AskAsync(operatorUser, "折彎機現在的狀態？");

        Assert.Equal("zh-Hant", answer.GetProperty("language").GetString());
        Assert.Equal("mch_press_brake_1", answer.GetProperty("citations")[0].GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_CustomerAboutAnotherCustomersOrder_GetsNoDataAndNothingOfIt(string engine)
    {
        var host = fixture.Host(engine);
        var ownerId = await host.CreateCustomerAsync("Orchid Interiors Copilot");
        var otherId = await host.CreateCustomerAsync("Nosy Neighbour Copilot");
        using var owner = await host.UserAsync("customer", ownerId);
        using var other = await host.UserAsync("customer", otherId);
        var orderId = await OrderAsync(host, ownerId);

        var own = await AskAsync(owner, $"what is the status of order {orderId}");
        var foreign = await AskAsync(other, $"what is the status of order {orderId}");

        Assert.Equal("answer", own.GetProperty("kind").GetString());
        Assert.Contains(own.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == orderId);
        Assert.Equal("noData", foreign.GetProperty("kind").GetString());
        Assert.Empty(foreign.GetProperty("citations").EnumerateArray());
        Assert.DoesNotContain("Orchid", foreign.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_FollowUpInTheConversation_ReusesTheMachineAndOthersCannotContinueIt(string engine)
    {
        var host = fixture.Host(engine);
        using var operatorUser = await host.UserAsync("operator");
        using var someoneElse = await host.UserAsync("operator");
        var first = await AskAsync(operatorUser, "what is the state of the press brake");
        var conversationId = first.GetProperty("conversationId").GetString()!;

        var followUp = await AskAsync(operatorUser, "and its alarms?", conversationId);
        var hijack = await someoneElse.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "and its alarms?", conversationId }, TestHost.Json);

        Assert.Equal(conversationId, followUp.GetProperty("conversationId").GetString());
        Assert.Contains("Press brake 1", followUp.GetProperty("answer").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(hijack, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_BadInput_Is400NamingTheField(string engine)
    {
        using var planner = await fixture.Host(engine).UserAsync("planner");

        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/messages", new { message = new string('a', 2001) }, TestHost.Json), HttpStatusCode.BadRequest, "message");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "   " }, TestHost.Json), HttpStatusCode.BadRequest, "message");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "state of the laser\u0007" }, TestHost.Json), HttpStatusCode.BadRequest, "message");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "why is this late", page = new { kind = "invoice", id = "x" } }, TestHost.Json), HttpStatusCode.BadRequest, "page.kind");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_MoreThanTheBudgetInAMinute_Is429(string engine)
    {
        using var designer = await fixture.Host(engine).UserAsync("designer");
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await designer.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "list the templates" }, TestHost.Json)).StatusCode);
        }

        var refused = await designer.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "list the templates" }, TestHost.Json);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "message");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Confirm_DowntimeProposal_OnlyItsAskerRunsItOnce(string engine)
    {
        var host = fixture.Host(engine);
        using var planner = await host.UserAsync("planner");
        using var otherPlanner = await host.UserAsync("planner");
        var day = engine == "sqlite" ? "2031-03-04" : "2031-03-05";
        var answer = await AskAsync(planner, $"record downtime on the press brake from {day} 10:00 to {day} 11:00 because of a seal change");
        var proposal = answer.GetProperty("proposal");
        var id = proposal.GetProperty("id").GetString()!;

        var byOther = await otherPlanner.PostAsync($"/api/v1/copilot/proposals/{id}/confirm", null);
        var confirmed = await planner.PostAsync($"/api/v1/copilot/proposals/{id}/confirm", null);
        var again = await planner.PostAsync($"/api/v1/copilot/proposals/{id}/confirm", null);

        Assert.Equal("proposal", answer.GetProperty("kind").GetString());
        Assert.Equal("record_downtime", proposal.GetProperty("tool").GetString());
        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True((await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("done").GetBoolean());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        var machine = await planner.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_press_brake_1");
        Assert.Contains(machine.GetProperty("calendar").GetProperty("downtimes").EnumerateArray(), d => d.GetProperty("reason").GetString() == "a seal change");
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string message, string? conversationId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/copilot/messages", new { message, conversationId }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static async Task<string> OrderAsync(TestHost host, string customerId)
    {
        using var admin = host.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId, factoryId = "fac_kwun_tong",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
