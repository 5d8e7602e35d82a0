using Microfactory.Design.Capabilities;
using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Templates;

/// <summary>What publishing adds to parsing: capabilities checked against the platform's, the defaults evaluated, every problem at once.</summary>
public sealed class TemplateDocumentPublishingTests
{
    private static TemplateParseResult Publish(string yaml) => TemplateDocument.ParseForPublishing(yaml, DemoMaterials.Catalog, DemoCapabilities.Catalog);

    private static int LineOf(string yaml, string text) => yaml.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void ParseForPublishing_Sample_IsValid()
    {
        var result = Publish(SampleTemplate.Yaml);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void ParseForPublishing_UnknownCapability_RefusedWithTheClosestKnownOne()
    {
        var yaml = SampleTemplate.With("    capability: cap_powder_coating", "    capability: cap_powder_coatingg");

        var problem = Assert.Single(Publish(yaml).Problems);

        Assert.Equal("routing[1].capability", problem.Path);
        Assert.Equal(LineOf(yaml, "cap_powder_coatingg"), problem.Line);
        Assert.Contains("unknown capability 'cap_powder_coatingg'; did you mean 'cap_powder_coating'?", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cap_laser_cut_metal", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutCapabilities_DoesNotCheckThem()
    {
        // Reloading a published template must not depend on today's capabilities.
        var yaml = SampleTemplate.With("    capability: cap_powder_coating", "    capability: cap_retired_machine");

        Assert.True(TemplateDocument.Parse(yaml, DemoMaterials.Catalog).IsValid);
        Assert.False(Publish(yaml).IsValid);
    }

    [Fact]
    public void ParseForPublishing_SeveralKindsOfProblem_AllReportedAtOnceInDocumentOrder()
    {
        var yaml = SampleTemplate.With("version: 2.1.0", "version: 2.1")
            .Replace("    capability: cap_powder_coating", "    capability: cap_bendingg", StringComparison.Ordinal)
            .Replace("  - material: mat_screw_m4_a2", "  - material: mat_gold_bar", StringComparison.Ordinal)
            .Replace("    run: 5 min", "    run: 5 kg", StringComparison.Ordinal)
            .Replace("  t: thickness(sheet)", "  t: thickness(sheet) + 2 kg", StringComparison.Ordinal);

        var problems = Publish(yaml).Problems;

        Assert.Equal(["version", "derived.t", "bom[2].material", "routing[1].capability", "routing[1].run"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.True(p.Line > 1 && p.Column > 0, p.ToString()));
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }

    [Fact]
    public void ParseForPublishing_BomQuantityThatOverflowsWithDefaults_RefusedAtTheQuantityLine()
    {
        var yaml = SampleTemplate.With("    quantity: count * 2", "    quantity: 1e300");

        var problem = Assert.Single(Publish(yaml).Problems);

        Assert.Equal("bom[2].quantity", problem.Path);
        Assert.Equal(LineOf(yaml, "quantity: 1e300"), problem.Line);
        Assert.Contains("the default values do not give a design", problem.Message, StringComparison.Ordinal);
        Assert.Contains("one BOM line holds at most 1,000,000 pieces", problem.Message, StringComparison.Ordinal);
        Assert.True(TemplateDocument.Parse(yaml, DemoMaterials.Catalog).IsValid, "the expression itself is well-formed");
    }

    [Fact]
    public void ParseForPublishing_DerivedValueThatAlwaysOverflows_RefusedAtItsLine()
    {
        var yaml = SampleTemplate.With("  ratio: width / (depth - 120 mm)", "  ratio: (width / 1 mm) ^ 4 * 1e300");

        var problem = Assert.Single(Publish(yaml).Problems);

        Assert.Equal("derived.ratio", problem.Path);
        Assert.Equal(LineOf(yaml, "ratio:"), problem.Line);
        Assert.Contains("too large to compute", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseForPublishing_DefaultsBreakARule_RefusedAtTheRule()
    {
        var yaml = SampleTemplate.With("    require: width <= 2 * depth", "    require: width <= depth / 2");

        var problem = Assert.Single(Publish(yaml).Problems);

        Assert.Equal("rules[0].require", problem.Path);
        Assert.Contains("The width may be at most twice the depth.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseForPublishing_GeometryRefusedWithDefaults_RefusedAtTheGeometryEntry()
    {
        var yaml = SampleTemplate.With("      flange_front: 20 mm", "      flange_front: 1 mm");

        var problem = Assert.Single(Publish(yaml).Problems);

        Assert.Equal("geometry[0]", problem.Path);
        Assert.Contains("flange_front", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CapabilityCatalog_Closest_OnlyForLikelyTypos()
    {
        var catalog = new CapabilityCatalog(["cap_bending", "cap_welding", "cap_bending"]);

        Assert.Equal(["cap_bending", "cap_welding"], catalog.Ids);
        Assert.Equal("cap_bending", catalog.Closest("cap_bendingg"));
        Assert.Equal("cap_welding", catalog.Closest("cap_weldin"));
        Assert.Null(catalog.Closest("cap_laser_cut_metal"));
    }
}
