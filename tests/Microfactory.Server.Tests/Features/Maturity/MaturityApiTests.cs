using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Maturity.Model;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Maturity;

/// <summary>The maturity API on the real server: roles, bad input naming the field, history, roadmap, and a bad model refused at start.</summary>
public sealed class MaturityApiTests(EnginesFixture engines) : IClassFixture<EnginesFixture>
{
    private const string Base = $"/api/v1/factories/{KwunTongDemo.FactoryId}/maturity";

    private static object[] AllAt(int level, Func<int, int>? levelOf = null) =>
        [.. ShippedModel.Read().Model!.Dimensions.Select((d, i) => new { dimension = d.Id, level = levelOf?.Invoke(i) ?? level })];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_BadInput_IsRefusedNamingTheFieldAndStoresNothing(string engine)
    {
        var host = engines.Host(engine);
        using var admin = host.Admin();
        var other = KwunTongDemo.Factory with { Id = "fac_other_" + Guid.NewGuid().ToString("N")[..8] };
        var cases = new (object Body, string Field, string Rule)[]
        {
            (new { answers = AllAt(2, i => i == 3 ? 6 : 2) }, "answers[3].level", "between 0 and 5"),
            (new { answers = AllAt(2, i => i == 0 ? -1 : 2) }, "answers[0].level", "between 0 and 5"),
            (new { answers = new[] { new { dimension = "happiness", level = 2 } } }, "answers[0].dimension", "is not a dimension of the model"),
            (new { answers = AllAt(2).Take(12).ToArray() }, "answers", "not answered: leadership-strategy"),
            (new { factoryId = other.Id, answers = AllAt(2) }, "factoryId", "must be the factory of the URL"),
            (new { answers = AllAt(2).Append(new { dimension = "ai-use", level = 1 }).ToArray() }, "answers", "at most one answer per dimension"),
            (new { answers = new object[] { new { dimension = "ai-use", level = 1, evidenceLink = "javascript:alert(1)" } } }, "answers[0].evidenceLink", "http or https"),
        };
        var before = await CountAsync(admin);
        foreach (var (body, field, rule) in cases)
        {
            var response = await admin.PostAsJsonAsync(Base + "/assessments", body, TestHost.Json);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{field} not named: {errors}");
            Assert.Contains(rule, messages[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(before, await CountAsync(admin));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/v1/factories/fac_nowhere/maturity/assessments", new { answers = AllAt(2) }, TestHost.Json)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Assessments_AreKeptAsHistoryWithMeasuredLevelsAndRoadmapShowsProgress(string engine)
    {
        var host = engines.Host(engine);
        using var planner = await host.UserAsync(Roles.Planner);
        using var operatorClient = await host.UserAsync(Roles.Operator);
        using var customer = await host.UserAsync(Roles.Customer, await host.CreateCustomerAsync("Maturity buyer"));

        var first = await planner.PostAsJsonAsync(Base + "/assessments", new { answers = AllAt(1) }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await (await planner.PostAsJsonAsync(Base + "/assessments", new { note = "after the PACT push", answers = AllAt(2, i => i == 6 ? 5 : 2) }, TestHost.Json))
            .Content.ReadFromJsonAsync<JsonElement>();
        var carbon = second.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("dimension").GetString() == "carbon-suppliers");
        Assert.Equal(5, carbon.GetProperty("level").GetInt32());
        Assert.True(carbon.GetProperty("gap").GetInt32() > 0); // the demo's suppliers are not all on PACT
        // Nobody asked this server's copilot anything: 0 questions a week measures "not level 2".
        Assert.Equal(1, second.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("dimension").GetString() == "ai-use").GetProperty("measuredLevel").GetInt32());

        var list = await operatorClient.GetFromJsonAsync<JsonElement>(Base + "/assessments?pageSize=2");
        Assert.Equal(second.GetProperty("id").GetString(), list.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsJsonAsync(Base + "/assessments", new { answers = AllAt(1) }, TestHost.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync(Base + "/evidence")).StatusCode);

        var roadmap = await (await operatorClient.PostAsJsonAsync(Base + "/roadmap", new { profile = "microfactory", targets = new Dictionary<string, int> { ["ai-use"] = 4 } }, TestHost.Json))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(second.GetProperty("id").GetString(), roadmap.GetProperty("assessmentId").GetString());
        Assert.Equal("evidenceGap", roadmap.GetProperty("steps")[0].GetProperty("reason").GetString());
        Assert.Equal(4, roadmap.GetProperty("target").GetProperty("ai-use").GetInt32());
        Assert.Equal(first.Headers.Location!.ToString().Split('/')[^1], roadmap.GetProperty("progress").GetProperty("fromAssessmentId").GetString());
        Assert.Contains(roadmap.GetProperty("progress").GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("dimension").GetString() == "carbon-suppliers" && d.GetProperty("change").GetInt32() >= 1);

        var bad = await operatorClient.PostAsJsonAsync(Base + "/roadmap", new { profile = "moonshot", targets = new Dictionary<string, int> { ["ai-use"] = 7, ["luck"] = 2 }, assessmentId = "mma_none" }, TestHost.Json);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["assessmentId", "profile", "targets.ai-use", "targets.luck"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Start_ModelThatDoesNotValidate_IsRefusedWithItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mf-bad-model-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, ShippedModel.Yaml.Replace("version: 1.3.0", "version: 1.3.0\nversoin: 1.4.0", StringComparison.Ordinal));
        var line = ShippedModel.Yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("version:", StringComparison.Ordinal)) + 2;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestHost.StartAsync("sqlite", true, $"--Microfactory:Maturity:ModelPath={path}"));

        Assert.Contains($"line {line}, column 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'versoin' is not a field here", error.Message, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(Base + "/assessments")).GetProperty("total").GetInt64();
}
