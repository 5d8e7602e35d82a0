using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>Uploaded manuals and accepted drafts on both engines: searchable at once, gone from the search once deleted, bounded.</summary>
public sealed class CopilotDocumentApiTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_Manual_IsCitedByTheCopilotUntilDeleted(string engine)
    {
        using var planner = await fixture.Host(engine).UserAsync("planner");
        var word = engine == "sqlite" ? "zirconium" : "molybdenum";
        var markdown = $"# Press brake care\n\n## Cleaning the {word} dies\n\nWipe the {word} dies with a dry cloth after every shift.\n";

        var created = await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "Press brake care", markdown, machineIds = new[] { "mch_press_brake_1" } }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var found = await AskAsync(planner, $"what does the manual say about cleaning the {word} dies?");
        var deleted = await planner.DeleteAsync($"/api/v1/copilot/documents/{id}");
        var gone = await AskAsync(planner, $"what does the manual say about cleaning the {word} dies?");

        // The uploaded section ranks first (only it names the word); the shipped manuals may follow it.
        var citation = found.GetProperty("citations").EnumerateArray().First();
        Assert.Equal("document-section", citation.GetProperty("kind").GetString());
        Assert.StartsWith(id + "#", citation.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("dry cloth", found.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain(gone.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString()!.StartsWith(id + "#", StringComparison.Ordinal));
        Assert.DoesNotContain("dry cloth", gone.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/api/v1/copilot/documents/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_BadDocument_Is400NamingTheFieldAndStoresNothing(string engine)
    {
        var host = fixture.Host(engine);
        using var planner = await host.UserAsync("planner");
        using var operatorUser = await host.UserAsync("operator");
        var before = (await planner.GetFromJsonAsync<JsonElement>("/api/v1/copilot/documents")).GetArrayLength();

        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "Big", markdown = new string('x', 256 * 1024 + 1) }, TestHost.Json), HttpStatusCode.BadRequest, "markdown");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "Big", markdown = new string('é', 131_073) }, TestHost.Json), HttpStatusCode.BadRequest, "markdown");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { markdown = "# x" }, TestHost.Json), HttpStatusCode.BadRequest, "title");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "x", markdown = "# x\u0000" }, TestHost.Json), HttpStatusCode.BadRequest, "markdown");
        await ProblemAssert.IsProblemAsync(await planner.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "x", markdown = "# x", machineIds = new[] { "mch_nope" } }, TestHost.Json), HttpStatusCode.BadRequest, "machineIds[0]");
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorUser.PostAsJsonAsync("/api/v1/copilot/documents", new { title = "x", markdown = "# x" }, TestHost.Json)).StatusCode);

        Assert.Equal(before, (await planner.GetFromJsonAsync<JsonElement>("/api/v1/copilot/documents")).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AcceptDraft_Sop_BecomesADocumentWithoutItsDraftMarkOnce(string engine)
    {
        var host = fixture.Host(engine);
        using var planner = await host.UserAsync("planner");
        using var otherPlanner = await host.UserAsync("planner");
        var answer = await AskAsync(planner, "draft an SOP for the wall shelf");
        var draft = answer.GetProperty("draft");
        var id = draft.GetProperty("id").GetString()!;

        var byOther = await otherPlanner.PostAsync($"/api/v1/copilot/drafts/{id}/accept", null);
        var accepted = await planner.PostAsync($"/api/v1/copilot/drafts/{id}/accept", null);
        var again = await planner.PostAsync($"/api/v1/copilot/drafts/{id}/accept", null);

        Assert.StartsWith("DRAFT: ", draft.GetProperty("title").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var document = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", document.GetProperty("source").GetString());
        Assert.Equal(draft.GetProperty("title").GetString()![7..], document.GetProperty("title").GetString());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        var stored = await planner.GetFromJsonAsync<JsonElement>($"/api/v1/copilot/documents/{document.GetProperty("id").GetString()}");
        Assert.Equal(draft.GetProperty("markdown").GetString(), stored.GetProperty("markdown").GetString());
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string message)
    {
        var response = await client.PostAsJsonAsync("/api/v1/copilot/messages", new { message }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
