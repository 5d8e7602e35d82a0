using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microfactory.Design.Catalogue;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Templates;

/// <summary>The design catalogue over the API: browse, configure, download, publish new versions; published versions never change.</summary>
public sealed class TemplateApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    private static string ShelfAs(string version, string? title = null)
    {
        var yaml = ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", $"version: {version}", StringComparison.Ordinal);
        return title is null ? yaml : yaml.Replace("title: Powder-coated steel wall shelf", $"title: {title}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsTheFourShippedTemplatesToEveryRole()
    {
        var customerId = await _host.CreateCustomerAsync("Browsing customer");
        using var customer = await _host.UserAsync("customer", customerId);
        var list = await customer.GetFromJsonAsync<JsonElement>("/api/v1/templates");
        var ids = list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "phone-stand", "plywood-storage-box", "sheet-metal-enclosure", "wall-shelf" }, ids.ToHashSet());
    }

    [Fact]
    public async Task Detail_GivesParametersWithBoundsAndTheRules()
    {
        using var admin = _host.Admin();
        var detail = await admin.GetFromJsonAsync<JsonElement>("/api/v1/templates/sheet-metal-enclosure/versions/1.0.0");
        var parameters = detail.GetProperty("parameters").EnumerateArray().ToList();
        Assert.NotEmpty(parameters);
        Assert.Contains(parameters, p => p.GetProperty("type").GetString() == "length" && p.GetProperty("min").ValueKind == JsonValueKind.Number);
        Assert.NotEmpty(detail.GetProperty("rules").EnumerateArray());
        Assert.Contains("1.0.0", detail.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Design_GoodValues_GiveBomRoutingAndDownloadableFiles()
    {
        using var designer = await _host.UserAsync("designer");
        var response = await designer.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs", new { parameters = new Dictionary<string, string> { ["length"] = "800 mm" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var design = body.GetProperty("design");
        Assert.True(design.GetProperty("massKg").GetDouble() > 0);
        Assert.NotEmpty(design.GetProperty("bom").EnumerateArray());
        Assert.NotEmpty(design.GetProperty("routing").EnumerateArray());

        var downloads = body.GetProperty("downloads").EnumerateArray().ToList();
        var dxf = downloads.Single(d => d.GetProperty("fileName").GetString()!.EndsWith(".dxf", StringComparison.Ordinal));
        var file = await designer.GetAsync(dxf.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/vnd.dxf", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(dxf.GetProperty("sizeBytes").GetInt32(), bytes.Length);
        Assert.Contains("AC1009", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Design_RuleViolated_Is400NamingTheParametersWithTheRuleMessage()
    {
        using var admin = _host.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["length"] = "1000 mm", ["material"] = "mat_steel_dc01_1_5" } });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("parameters.length", out var messages));
        Assert.Contains("2.0 mm", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Design_OutOfBounds_NamesTheBound()
    {
        using var admin = _host.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["length"] = "5 mm" } });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("300", problem.GetProperty("errors").GetProperty("parameters.length")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_NewVersion_BecomesLatestWhileTheOldOneStaysUnchanged()
    {
        using var designer = _host.Admin(); // the shipped wall shelf belongs to the platform: only admins publish its versions
        var before = await designer.GetStringAsync("/api/v1/templates/wall-shelf/versions/1.0.0/source");

        var published = await designer.PostAsync("/api/v1/templates", Yaml(ShelfAs("2.0.0", "Wall shelf, second edition")));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("/api/v1/templates/wall-shelf/versions/2.0.0", published.Headers.Location!.ToString());

        var latest = await designer.GetFromJsonAsync<JsonElement>("/api/v1/templates/wall-shelf");
        Assert.Equal("2.0.0", latest.GetProperty("template").GetProperty("version").GetString());
        Assert.Equal(before, await designer.GetStringAsync("/api/v1/templates/wall-shelf/versions/1.0.0/source"));

        var again = await designer.PostAsync("/api/v1/templates", Yaml(ShelfAs("2.0.0", "Trying to change a published version")));
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "version");
        var stillSecondEdition = await designer.GetFromJsonAsync<JsonElement>("/api/v1/templates/wall-shelf/versions/2.0.0");
        Assert.Equal("Wall shelf, second edition", stillSecondEdition.GetProperty("template").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Publish_BrokenTemplate_Is400WithLineAndColumnAndNothingIsStored()
    {
        using var designer = await _host.UserAsync("designer");
        // Adding a length to a mass: a unit error the publish check must find, at its line.
        var broken = ShelfAs("3.0.0").Replace("mass: steel_mass", "mass: 1 mm + steel_mass", StringComparison.Ordinal);
        Assert.NotEqual(ShelfAs("3.0.0"), broken);
        var line = broken.Split('\n').ToList().FindIndex(l => l.StartsWith("mass:", StringComparison.Ordinal)) + 1;
        var response = await designer.PostAsync("/api/v1/templates", Yaml(broken));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("mass")[0].GetString();
        Assert.Contains($"line {line}, column", message, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/v1/templates/wall-shelf/versions/3.0.0"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("operator")]
    [InlineData("planner")]
    public async Task Publish_OnlyDesignersAndAdmins(string role)
    {
        var customerId = role == "customer" ? await _host.CreateCustomerAsync("Would-be designer") : null;
        using var client = await _host.UserAsync(role, customerId);
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/v1/templates", Yaml(ShelfAs("9.9.9"))), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/v1/templates/no-such-template", 404)]
    [InlineData("GET", "/api/v1/templates/wall-shelf/versions/7.7.7", 404)]
    [InlineData("GET", "/api/v1/templates/wall-shelf/versions/one", 400)]
    [InlineData("GET", "/api/v1/templates/wall-shelf/versions/1.0.0/files/nothing.stl", 404)]
    [InlineData("POST", "/api/v1/templates", 400)]
    public async Task BadRequests_AreProblems(string method, string path, int status)
    {
        using var admin = _host.Admin();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Yaml("") : null };
        await ProblemAssert.IsProblemAsync(await admin.SendAsync(request), (HttpStatusCode)status);
    }
}
