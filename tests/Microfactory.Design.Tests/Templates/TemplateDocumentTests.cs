using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Templates;

public sealed class TemplateDocumentTests
{
    private static TemplateProblem SingleProblem(string yaml)
    {
        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    private static int ColumnOf(string yaml, string lineText, string text) =>
        yaml.Split('\n').First(l => l.Contains(lineText, StringComparison.Ordinal)).IndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void Parse_CompleteTemplate_IsValidWithEverySection()
    {
        var result = TemplateDocument.Parse(SampleTemplate.Yaml, DemoMaterials.Catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var template = result.Template!;
        Assert.Equal("test-tray", template.Id);
        Assert.Equal(new TemplateVersion(2, 1, 0), template.Version);
        Assert.Equal("Test studio", template.Metadata.Designer);
        Assert.Equal(["width", "depth", "count", "sheet", "coated", "note"], template.Parameters.Select(p => p.Name));
        var depth = template.Parameters[1];
        Assert.Equal((100.0, 300.0, "mm"), (depth.Min!.Value, depth.Max!.Value, depth.Unit));
        Assert.Equal(["depth", "width"], template.Rules[0].Parameters);
        Assert.Equal("m2", template.Derived.Single(d => d.Name == "flat_area").Unit);
        Assert.Equal(3, template.Bom.Count);
        Assert.Equal(["cut"], template.Routing[1].After);
        Assert.Equal("sheet_metal_tray", template.Geometry[0].Generator);
        Assert.Equal(["Nothing to take apart."], template.Passport.Disassembly);
        Assert.Equal(SampleTemplate.Yaml, template.Source);
    }

    [Fact]
    public void Parse_UnitMismatchInDerived_RefusedAtTheOperatorsLineAndColumn()
    {
        var yaml = SampleTemplate.With("  t: thickness(sheet)", "  t: thickness(sheet) + 2 kg");

        var problem = SingleProblem(yaml);

        Assert.Equal("derived.t", problem.Path);
        Assert.Contains("cannot add a length and a mass", problem.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "thickness(sheet) + 2 kg"), problem.Line);
        Assert.Equal(ColumnOf(yaml, "thickness(sheet) + 2 kg", "+"), problem.Column);
    }

    [Fact]
    public void Parse_ErrorInsideQuotedExpression_ColumnCountsTheQuote()
    {
        var yaml = SampleTemplate.With("    require: width <= 2 * depth", "    require: \"width <= 2 * weight\"");

        var problem = SingleProblem(yaml);

        Assert.Contains("unknown name 'weight'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "2 * weight"), problem.Line);
        Assert.Equal(ColumnOf(yaml, "2 * weight", "weight"), problem.Column);
    }

    [Fact]
    public void Parse_ErrorInBlockScalarExpression_PointsIntoTheBlock()
    {
        var yaml = SampleTemplate.With("    expr: (width + 40 mm) * (depth + 40 mm)", "    expr: |\n      (width + 40 mm) *\n        (depth + 40 kg)");

        var problem = SingleProblem(yaml);

        Assert.Equal(LineOf(yaml, "(depth + 40 kg)"), problem.Line);
        Assert.Equal(ColumnOf(yaml, "(depth + 40 kg)", "+"), problem.Column);
    }

    [Fact]
    public void Parse_SyntaxErrorInRule_ReportsPositionAndPath()
    {
        var yaml = SampleTemplate.With("require: width <= 2 * depth", "require: width <= 2 * (depth");

        var problem = SingleProblem(yaml);

        Assert.Equal("rules[0].require", problem.Path);
        Assert.Contains("expected ')'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "2 * (depth"), problem.Line);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsTheYamlPosition()
    {
        var problem = SingleProblem("id: x\nparameters:\n  a: [1, 2\n");

        Assert.Contains("YAML", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 3);
    }

    [Fact]
    public void Parse_NotAMapping_IsRefused()
    {
        Assert.Contains("mapping", SingleProblem("- just\n- a list\n").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: 2.1.0", "version: 2.1", "version", "semantic version")]
    [InlineData("id: test-tray", "id: Test Tray", "id", "lowercase")]
    [InlineData("title: Test tray\n", "", "title", "'title' is required")]
    [InlineData("    type: integer", "    type: float", "parameters.count.type", "unknown parameter type 'float'")]
    [InlineData("    default: 200\n", "    default: 500\n", "parameters.width.default", "the default is not allowed: width must be at most 400 mm.")]
    [InlineData("    default: 200\n", "    default: 205\n", "parameters.width.default", "multiple of 10 mm")]
    [InlineData("    default: 2\n", "    default: 2.5\n", "parameters.count.default", "whole number")]
    [InlineData("    default: mat_steel_dc01_1_5", "    default: mat_x", "parameters.sheet.default", "'mat_x' is not one of them")]
    [InlineData("    unit: mm\n", "    unit: kg\n", "parameters.width.unit", "not a length unit")]
    [InlineData("    help: Outside width.", "    hint: Outside width.", "parameters.width.hint", "unknown key 'hint'")]
    [InlineData("  ratio: width", "  coated: width", "derived.coated", "already used")]
    [InlineData("  ratio: width", "  and: width", "derived.and", "not a valid name")]
    [InlineData("    require: width <= 2 * depth", "    require: width * 2", "rules[0].require", "a rule must be a true/false value")]
    [InlineData("    message: The width may be at most twice the depth.", "    message: \" \"", "rules[0].message", "must say what")]
    [InlineData("  - material: mat_screw_m4_a2", "  - material: mat_gold_bar", "bom[2].material", "unknown material 'mat_gold_bar'")]
    [InlineData("    quantity: steel_mass", "    quantity: flat_area", "bom[0].quantity", "material sold per kg")]
    [InlineData("    quantity: count * 2", "    quantity: count * 2 mm", "bom[2].quantity", "material sold per piece")]
    [InlineData("    when: coated", "    when: width", "bom[1].when", "'when' must be a true/false value")]
    [InlineData("    capability: cap_powder_coating", "    capability: powder", "routing[1].capability", "capability id")]
    [InlineData("    run: 5 min", "    run: 5 mm", "routing[1].run", "a run time must be a time")]
    [InlineData("    after: [cut]", "    after: [pack]", "routing[1].after", "not an operation declared before")]
    [InlineData("  - id: pack", "  - id: cut", "routing[2].id", "used twice")]
    [InlineData("    generator: sheet_metal_tray", "    generator: teapot", "geometry[0].generator", "unknown generator 'teapot'")]
    [InlineData("    formats: [svg, dxf]", "    formats: [svg, stl]", "geometry[0].formats", "not 'stl'")]
    [InlineData("      bend_radius: t\n", "", "geometry[0].args.bend_radius", "'bend_radius' is required")]
    [InlineData("      bend_radius: t\n", "      bend_radius: t\n      colour: red\n", "geometry[0].args.colour", "unknown key 'colour'")]
    [InlineData("      thickness: t", "      thickness: 2", "geometry[0].args.thickness", "must be a length")]
    [InlineData("licence: CC0-1.0", "license: CC0-1.0", "license", "unknown key 'license'")]
    public void Parse_InvalidDocument_ProblemNamesPathAndRule(string find, string replace, string path, string fragment)
    {
        var yaml = SampleTemplate.With(find, replace);

        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Line > 0 && p.Column > 0);
    }

    [Fact]
    public void Parse_MaterialChoiceWithMixedUnits_IsRefusedOnTheBomLine()
    {
        var yaml = SampleTemplate.With("options: [mat_steel_dc01_1_5, mat_galv_dx51_1_0]", "options: [mat_steel_dc01_1_5, mat_mdf_6]");

        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);

        Assert.Contains(result.Problems, p => p.Path == "bom[0].material" && p.Message.Contains("different units", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedInDocumentOrder()
    {
        var yaml = SampleTemplate.With("version: 2.1.0", "version: x").Replace("run: 5 min", "run: 5 kg", StringComparison.Ordinal);

        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);

        Assert.Equal(2, result.Problems.Count);
        Assert.True(result.Problems[0].Line < result.Problems[1].Line);
    }

    [Fact]
    public void Parse_BracketsInsideQuotesAndComments_AreText()
    {
        var yaml = SampleTemplate.With("description: A tray for tests.", "description: \"" + new string('[', 40) + "\" # " + new string('{', 40));

        Assert.True(TemplateDocument.Parse(yaml, DemoMaterials.Catalog).IsValid);
        Assert.Equal(new string('[', 40), TemplateDocument.Parse(yaml, DemoMaterials.Catalog).Template!.Metadata.Description);
    }

    [Fact]
    public void Parse_DuplicateKey_IsRefused()
    {
        var yaml = SampleTemplate.With("  count:\n", "  width:\n    type: length\n    default: 100\n  count:\n");

        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Message.Contains("width", StringComparison.Ordinal) || p.Message.Contains("uplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WindowsLineEndings_SamePositions()
    {
        var yaml = SampleTemplate.With("  t: thickness(sheet)", "  t: thickness(sheet) + 2 kg");

        var problem = SingleProblem(yaml.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(LineOf(yaml, "+ 2 kg"), problem.Line);
        Assert.Equal(ColumnOf(yaml, "+ 2 kg", "+"), problem.Column);
    }

    [Fact]
    public void Parse_HugeDocument_IsRefused()
    {
        var problem = SingleProblem(new string('#', TemplateDocument.MaxLength + 1));

        Assert.Contains("at most", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0.0", true)]
    [InlineData("10.20.30", true)]
    [InlineData("1.0", false)]
    [InlineData("01.0.0", false)]
    [InlineData("1.0.0-beta", false)]
    [InlineData("", false)]
    public void TemplateVersion_TryParse_AcceptsOnlySemanticVersions(string text, bool valid)
    {
        Assert.Equal(valid, TemplateVersion.TryParse(text, out _));
    }

    [Fact]
    public void TemplateVersion_Compare_OrdersNumerically()
    {
        TemplateVersion.TryParse("1.9.0", out var older);
        TemplateVersion.TryParse("1.10.0", out var newer);

        Assert.True(older < newer);
        Assert.Equal("1.10.0", newer.ToString());
    }
}
