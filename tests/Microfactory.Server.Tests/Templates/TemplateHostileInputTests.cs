using System.Net;
using System.Text;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Templates;

/// <summary>
/// The attack report's bodies against the real server process: a stack overflow there ends the process,
/// not this test run, so a regression shows as a failed test. Each body gets a 400 problem (or the page's
/// problem list) naming line and column, and the server is still answering afterwards.
/// </summary>
public sealed class TemplateHostileInputTests(ServerProcessFixture fixture) : IClassFixture<ServerProcessFixture>
{
    private readonly ServerProcess _server = fixture.Server;

    private async Task AssertStillAnsweringAsync()
    {
        Assert.False(_server.HasExited, "the server process died");
        using var client = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostileTemplates.Names), MemberType = typeof(HostileTemplates))]
    public async Task Publish_HostileBody_Is400WithLineAndColumnAndTheServerKeepsAnswering(string name)
    {
        var body = HostileTemplates.Body(name);
        using var client = _server.Client();

        using var content = new StringContent(body, Encoding.UTF8, "application/yaml");
        var response = await client.PostAsync("/api/v1/templates", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "source");
        var messages = problem.GetProperty("errors").GetProperty("source").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.All(messages, m => Assert.Matches(@"^source \(line \d+, column \d+\): ", m));
        Assert.Contains(messages, m => m.Contains("nested more than 16 levels", StringComparison.Ordinal) || m.Contains("aliases (*k) are not allowed", StringComparison.Ordinal));
        await AssertStillAnsweringAsync();
    }

    [Theory]
    [MemberData(nameof(HostileTemplates.Names), MemberType = typeof(HostileTemplates))]
    public async Task PublishPage_HostileBody_ListsTheProblemAndTheServerKeepsAnswering(string name)
    {
        using var session = await FormSession.SignInAsync(_server.Address, "admin@microfactory.local", ServerProcess.AdminPassword);

        var response = await session.SubmitAsync("/catalogue/publish", "publish-template", new Dictionary<string, string> { ["Input.Source"] = HostileTemplates.Body(name) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The template was not published:", page, StringComparison.Ordinal);
        Assert.Matches(@"<li>source \(line \d+, column \d+\): ", page);
        Assert.DoesNotContain("data-published", page, StringComparison.Ordinal);
        await AssertStillAnsweringAsync();
    }

    [Fact]
    public async Task Publish_HostileBodiesOneAfterAnother_TheCatalogueIsUnchanged()
    {
        using var client = _server.Client();
        var before = await client.GetStringAsync("/api/v1/templates");
        foreach (var name in HostileTemplates.All)
        {
            using var content = new StringContent(HostileTemplates.Body(name), Encoding.UTF8, "application/yaml");
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/templates", content)).StatusCode);
        }

        Assert.Equal(before, await client.GetStringAsync("/api/v1/templates"));
        await AssertStillAnsweringAsync();
    }
}
