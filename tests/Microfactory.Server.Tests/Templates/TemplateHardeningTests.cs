using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Templates;

/// <summary>The rest of the attack report over the API: overflow, unbounded geometry, unknown capabilities, and the design contract's rough edges.</summary>
public sealed class TemplateHardeningTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>A box whose finger width is a parameter without a lower bound, as a designer may publish it.</summary>
    private static string FingerBox(string id) => $"""
        id: {id}
        version: 1.0.0
        title: Box with adjustable fingers
        designer: Tests
        category: tests
        licence: CC0-1.0
        parameters:
          finger:
            type: length
            default: 18
            label: Finger width
        bom:
          - material: mat_plywood_birch_6
            quantity: 0.2 m2
        routing:
          - id: cut
            capability: cap_laser_cut_wood
            setup: 1 min
            run: 1 min
        geometry:
          - file: panels
            generator: finger_joint_box
            args: {"{"} width: 600 mm, depth: 400 mm, height: 300 mm, thickness: 6 mm, finger_width: finger {"}"}
        """;

    private static string WithHugeQuantity(string id) => FingerBox(id).Replace("quantity: 0.2 m2", "quantity: 1e300 m2", StringComparison.Ordinal);

    /// <summary>Stores a template as a server without the publishing checks did, so the evaluation's own guards are what is tested.</summary>
    private async Task StoreUncheckedAsync(string yaml)
    {
        var template = TemplateDocument.Parse(yaml, await _host.Service<TemplateService>().CatalogAsync(CancellationToken.None)).Template!;
        Assert.True(await _host.Service<TemplateStore>().InsertAsync(new PublishedTemplate(template.Metadata, yaml, "usr_tests", DateTimeOffset.UnixEpoch), CancellationToken.None));
    }

    [Fact]
    public async Task Publish_UnknownCapability_400WithTheClosestAndTheLatestVersionStays()
    {
        using var designer = await _host.UserAsync("designer");
        var yaml = ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 5.0.0", StringComparison.Ordinal)
            .Replace("capability: cap_bending", "capability: cap_bendingg", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("cap_bendingg", StringComparison.Ordinal)) + 1;

        var response = await designer.PostAsync("/api/v1/templates", Yaml(yaml));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var (field, messages) = problem.GetProperty("errors").EnumerateObject().Select(p => (p.Name, p.Value)).Single();
        Assert.Matches(@"^routing\[\d\]\.capability$", field);
        Assert.Contains($"(line {line}, column", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'cap_bending'?", messages[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/v1/templates/wall-shelf/versions/5.0.0"), HttpStatusCode.NotFound);
        var latest = await designer.GetFromJsonAsync<JsonElement>("/api/v1/templates/wall-shelf");
        Assert.NotEqual("5.0.0", latest.GetProperty("template").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Publish_ProblemsOfEveryKind_AllInOne400EachWithLineColumnAndPath()
    {
        using var designer = await _host.UserAsync("designer");
        var yaml = ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 5.1.0", StringComparison.Ordinal)
            .Replace("capability: cap_bending", "capability: cap_bendingg", StringComparison.Ordinal)
            .Replace("material: mat_carton_box", "material: mat_unobtainium", StringComparison.Ordinal)
            .Replace("mass: steel_mass", "mass: 1 mm + steel_mass", StringComparison.Ordinal)
            .Replace("licence: CC-BY-4.0", "license: CC-BY-4.0", StringComparison.Ordinal);

        var response = await designer.PostAsync("/api/v1/templates", Yaml(yaml));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value[0].GetString()!);
        Assert.Contains("license", errors.Keys);
        Assert.Contains("licence", errors.Keys);
        Assert.Contains("mass", errors.Keys);
        Assert.Contains(errors.Keys, k => k.EndsWith(".capability", StringComparison.Ordinal));
        Assert.Contains("mat_unobtainium", errors["bom[2].material"], StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(e.Key)} \(line \d+, column \d+\): ", e.Value));
    }

    [Fact]
    public async Task Publish_BomQuantityOf1e300_RefusedAtTheQuantityLine()
    {
        using var designer = await _host.UserAsync("designer");
        var yaml = WithHugeQuantity(Unique("huge"));
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("1e300", StringComparison.Ordinal)) + 1;

        var response = await designer.PostAsync("/api/v1/templates", Yaml(yaml));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bom[0].quantity");
        var message = problem.GetProperty("errors").GetProperty("bom[0].quantity")[0].GetString()!;
        Assert.Contains($"(line {line}, column", message, StringComparison.Ordinal);
        Assert.Contains("the default values do not give a design", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredTemplateWith1e300Quantity_DesignsFilesAndOrdersAre400NotServerErrors()
    {
        var id = Unique("legacy");
        await StoreUncheckedAsync(WithHugeQuantity(id));
        var customerId = await _host.CreateCustomerAsync("Overflow customer");
        using var customer = await _host.UserAsync("customer", customerId);

        var design = await customer.PostAsJsonAsync($"/api/v1/templates/{id}/versions/1.0.0/designs", new { parameters = new { } });
        var designProblem = await ProblemAssert.IsProblemAsync(design, HttpStatusCode.BadRequest);
        Assert.Contains("one BOM line holds at most 1,000,000 m²", designProblem.GetProperty("errors").GetProperty("parameters")[0].GetString(), StringComparison.Ordinal);

        foreach (var file in new[] { "panels.svg", "panels.dxf" })
        {
            var problem = await ProblemAssert.IsProblemAsync(await customer.GetAsync($"/api/v1/templates/{id}/versions/1.0.0/files/{file}"), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("parameters", out _));
        }

        var order = await customer.PostAsJsonAsync("/api/v1/orders", new
        {
            factoryId = "fac_kwun_tong",
            lines = new[] { new { templateId = id, templateVersion = "1.0.0", description = "Box", quantity = 1, parameters = new Dictionary<string, string>() } },
        });
        await ProblemAssert.IsProblemAsync(order, HttpStatusCode.BadRequest, "lines[0].parameters");
    }

    [Theory]
    [InlineData("0.025", "23,520 fingers along the width")]
    [InlineData("1e-12", "5.88E+14 fingers along the width")]
    public async Task Files_FingerBoxWithHostileFingerWidth_400NamingTheParameter(string finger, string fragment)
    {
        var id = Unique("fingers");
        using var designer = await _host.UserAsync("designer");
        Assert.Equal(HttpStatusCode.Created, (await designer.PostAsync("/api/v1/templates", Yaml(FingerBox(id)))).StatusCode);
        var customerId = await _host.CreateCustomerAsync("Finger customer");
        using var customer = await _host.UserAsync("customer", customerId);

        var response = await customer.GetAsync($"/api/v1/templates/{id}/versions/1.0.0/files/panels.svg?finger={finger}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(fragment, problem.GetProperty("errors").GetProperty("parameters.finger")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync($"/api/v1/templates/{id}/versions/1.0.0/files/panels.svg?finger=20")).StatusCode);
    }

    [Fact]
    public async Task Evaluate_CancelledRequest_StopsWithOperationCanceled()
    {
        var service = _host.Service<TemplateService>();
        var (_, template) = (await service.GetAsync("plywood-storage-box", "1.0.0", CancellationToken.None)).Value;
        var catalog = await service.CatalogAsync(CancellationToken.None);
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();

        Assert.Throws<OperationCanceledException>(() => TemplateService.Evaluate(template, new Dictionary<string, string>(), catalog, EvaluationOptions.Default, aborted.Token));
    }

    [Fact]
    public async Task Design_JsonNumber_IsTakenInTheParametersUnit()
    {
        using var admin = _host.Admin();

        var asNumber = await admin.PostAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs", new StringContent("""{"parameters":{"length":800}}""", Encoding.UTF8, "application/json"));
        var asText = await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs", new { parameters = new { length = "800 mm" } });

        Assert.Equal(HttpStatusCode.OK, asNumber.StatusCode);
        var number = (await asNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design");
        var text = (await asText.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design");
        Assert.Equal(text.GetProperty("bom").GetRawText(), number.GetProperty("bom").GetRawText());
        Assert.Equal(800, number.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "length").GetProperty("number").GetDouble());
    }

    [Theory]
    [InlineData("""{"parameters":{"length":[800]}}""", "must be a text such as \"800 mm\", a number in the parameter's unit such as 800, or true/false; a list is not a value.")]
    [InlineData("""{"parameters":{"length":"800 kg"}}""", "Length must be a length such as \"600 mm\", or a number of mm such as 600; '800 kg' is a mass.")]
    [InlineData("""{"parameters":{"length":"long"}}""", "Length must be a length such as \"600 mm\", or a number of mm such as 600; 'long' is not.")]
    public async Task Design_RefusedValue_SaysTheExpectedForm(string body, string message)
    {
        using var admin = _host.Admin();

        var response = await admin.PostAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.EndsWith(message, problem.GetProperty("errors").GetProperty("parameters.length")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Design_Money_NamesItsCurrencyInTheDataNotInTheFieldNames()
    {
        using var admin = _host.Admin();

        var response = await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs", new { parameters = new { } });

        var design = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design");
        Assert.Equal("HKD", design.GetProperty("currency").GetString());
        Assert.True(design.GetProperty("materialCost").GetDecimal() > 0);
        var line = design.GetProperty("bom")[0];
        Assert.True(line.GetProperty("unitPrice").GetDecimal() > 0);
        Assert.True(line.GetProperty("lineCost").GetDecimal() > 0);
        Assert.Equal("kg", line.GetProperty("unit").GetString());
        Assert.DoesNotContain("Hkd", design.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_PlywoodBoxWithLabel_EngravingInTheSvgAndTheDxf()
    {
        using var admin = _host.Admin();

        var svg = await admin.GetStringAsync("/api/v1/templates/plywood-storage-box/versions/1.0.0/files/panels.svg?label=Tools");
        var dxf = await admin.GetStringAsync("/api/v1/templates/plywood-storage-box/versions/1.0.0/files/panels.dxf?label=Tools");
        var plain = await admin.GetStringAsync("/api/v1/templates/plywood-storage-box/versions/1.0.0/files/panels.dxf");

        Assert.Contains("<g id=\"ENGRAVE\"", svg, StringComparison.Ordinal);
        Assert.Contains("POLYLINE\n8\nENGRAVE\n", dxf, StringComparison.Ordinal);
        Assert.DoesNotContain("POLYLINE\n8\nENGRAVE\n", plain, StringComparison.Ordinal);
    }
}
