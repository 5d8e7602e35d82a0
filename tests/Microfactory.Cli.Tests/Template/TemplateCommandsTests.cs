using System.Text.Json;
using Microfactory.Cli;
using Microfactory.Design.Catalogue;

namespace Microfactory.Cli.Tests.Template;

public sealed class TemplateCommandsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mf-template-" + Guid.NewGuid().ToString("N"));

    public TemplateCommandsTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Validate_ShippedTemplateFile_ExitsZeroAndSummarises()
    {
        var path = WriteFile("enclosure.yaml", ShippedTemplates.Find("sheet-metal-enclosure")!.Yaml);

        var (code, output, error) = await Run("template", "validate", path);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("sheet-metal-enclosure 1.0.0 is valid", output, StringComparison.Ordinal);
        Assert.Contains(" geometry outputs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_OneOrMany_Pluralises()
    {
        Assert.Equal("1 geometry output", Microfactory.Cli.Commands.Template.TemplateValidateCommand.Count(1, "geometry output"));
        Assert.Equal("2 rules", Microfactory.Cli.Commands.Template.TemplateValidateCommand.Count(2, "rule"));
        Assert.Equal("0 rules", Microfactory.Cli.Commands.Template.TemplateValidateCommand.Count(0, "rule"));
    }

    [Fact]
    public async Task Validate_OneGeometryOutput_SaysOutputInTheSingular()
    {
        var path = WriteFile("stand.yaml", ShippedTemplates.Find("phone-stand")!.Yaml);

        var (code, output, error) = await Run("template", "validate", path);

        Assert.True(code == 0, error);
        Assert.Contains(", 1 geometry output", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1 geometry outputs", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownCapability_ExitsTwoNamingTheClosestOne()
    {
        var yaml = ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("capability: cap_bending", "capability: cap_bendingg", StringComparison.Ordinal);
        var path = WriteFile("shelf.yaml", yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("cap_bendingg", StringComparison.Ordinal)) + 1;

        var (code, _, error) = await Run("template", "validate", path);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("unknown capability 'cap_bendingg'; did you mean 'cap_bending'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DefaultsThatOverflow_ExitsTwoAtTheQuantity()
    {
        var yaml = ShippedTemplates.Find("plywood-storage-box")!.Yaml.Replace("quantity: sheet_area", "quantity: sheet_area * 1e300", StringComparison.Ordinal);
        var path = WriteFile("box.yaml", yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("1e300", StringComparison.Ordinal)) + 1;

        var (code, _, error) = await Run("template", "validate", path);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("bom[0].quantity: the default values do not give a design", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PlywoodBoxWithLabel_EngravesAndShowsUnitsAndCurrencyForPeople()
    {
        var outDir = Path.Combine(_directory, "box");

        var (code, output, error) = await Run("template", "render", "plywood-storage-box", "--set", "label=Tools", "--out", outDir);

        Assert.True(code == 0, error);
        Assert.Contains("POLYLINE\n8\nENGRAVE\n", File.ReadAllText(Path.Combine(outDir, "panels.dxf")), StringComparison.Ordinal);
        Assert.Contains("<g id=\"ENGRAVE\"", File.ReadAllText(Path.Combine(outDir, "panels.svg")), StringComparison.Ordinal);
        Assert.Contains("m²", output, StringComparison.Ordinal);
        Assert.Contains("4 pieces", output, StringComparison.Ordinal);
        Assert.Contains(" HKD, ", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "design.json")));
        Assert.Equal("HKD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal("piece", json.RootElement.GetProperty("bom")[1].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Validate_UnitError_ExitsTwoWithFileLineColumnAndPath()
    {
        var yaml = ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("  setback: t + r", "  setback: t + 3 kg", StringComparison.Ordinal);
        var path = WriteFile("shelf.yaml", yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("t + 3 kg", StringComparison.Ordinal)) + 1;

        var (code, _, error) = await Run("template", "validate", path);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:{line}:14: derived.setback: cannot add a length and a mass", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsOne()
    {
        var (code, _, error) = await Run("template", "validate", Path.Combine(_directory, "none.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ShippedIdWithValues_WritesDesignJsonAndGeometryFiles()
    {
        var outDir = Path.Combine(_directory, "out");

        var (code, output, error) = await Run("template", "render", "sheet-metal-enclosure", "--set", "width=200mm", "--set", "powder_coat=false", "--out", outDir);

        Assert.True(code == 0, error);
        Assert.Equal(["body-flat.dxf", "body-flat.svg", "design.json", "lid-flat.dxf", "lid-flat.svg"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "design.json")));
        var width = json.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "width");
        Assert.Equal(200, width.GetProperty("number").GetDouble());
        Assert.DoesNotContain(json.RootElement.GetProperty("routing").EnumerateArray(), r => r.GetProperty("id").GetString() == "powder-coat");
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        Assert.StartsWith("0\nSECTION", File.ReadAllText(Path.Combine(outDir, "body-flat.dxf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_YamlFile_WritesStl()
    {
        var path = WriteFile("stand.yaml", ShippedTemplates.Find("phone-stand")!.Yaml);
        var outDir = Path.Combine(_directory, "stand");

        var (code, _, error) = await Run("template", "render", path, "--set", "width=120", "--out", outDir);

        Assert.True(code == 0, error);
        var stl = File.ReadAllBytes(Path.Combine(outDir, "stand.stl"));
        Assert.Equal(84 + (50 * (long)BitConverter.ToUInt32(stl, 80)), stl.LongLength);
    }

    [Fact]
    public async Task Render_RuleViolation_PrintsMessagesAndExitsTwo()
    {
        var outDir = Path.Combine(_directory, "refused");

        var (code, _, error) = await Run("template", "render", "sheet-metal-enclosure", "--set", "height=150", "--set", "material=mat_ss304_1_2", "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains("press-brake tool fits inside", error, StringComparison.Ordinal);
        Assert.Contains("[rule no-coating-on-stainless]", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Render_ValueOutOfBounds_NamesParameterAndBound()
    {
        var (code, _, error) = await Run("template", "render", "wall-shelf", "--set", "length=2 m", "--out", Path.Combine(_directory, "x"));

        Assert.Equal(2, code);
        Assert.Contains("Length must be at most 1,200 mm. [length]", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(max)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownTemplate_ExitsOneListingShippedIds()
    {
        var (code, _, error) = await Run("template", "render", "teapot");

        Assert.Equal(1, code);
        Assert.Contains("phone-stand", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MalformedSet_ExitsOne()
    {
        var (code, _, error) = await Run("template", "render", "phone-stand", "--set", "width");

        Assert.Equal(1, code);
        Assert.Contains("name=value", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Shipped_ShowsEveryTemplate()
    {
        var (code, output, _) = await Run("template", "list", "--shipped");

        Assert.Equal(0, code);
        Assert.All(ShippedTemplates.All, t => Assert.Contains(t.Id, output, StringComparison.Ordinal));
    }
}
