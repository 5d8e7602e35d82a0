using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Templates;

/// <summary>The bodies of the attack report through the whole parse (and the publishing checks): each is refused with a positioned problem.</summary>
public sealed class TemplateDocumentHostileTests
{
    public static TheoryData<string> Bodies => new() { "self-referencing-key", "nested-block-sequences", "brackets-after-hash", "brackets-after-quote" };

    private static string Body(string name) => name switch
    {
        "self-referencing-key" => HostileYaml.SelfReferencingKey,
        "nested-block-sequences" => HostileYaml.NestedBlockSequences,
        "brackets-after-hash" => HostileYaml.BracketsAfterHash,
        _ => HostileYaml.BracketsAfterQuote,
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Parse_HostileBody_RefusedWithAPositionedProblem(string name)
    {
        var body = Body(name);
        Assert.True(body.Length <= TemplateDocument.MaxLength, "the attack bodies are under the size limit");

        var result = HostileYaml.OnSmallStack(() => TemplateDocument.Parse(body, DemoMaterials.Catalog));

        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
        Assert.Contains(result.Problems, p => p.Message.Contains("nested more than", StringComparison.Ordinal) || p.Message.Contains("aliases", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ParseForPublishing_HostileBody_Refused(string name)
    {
        var result = HostileYaml.OnSmallStack(() => TemplateDocument.ParseForPublishing(Body(name), DemoMaterials.Catalog, DemoCapabilities.Catalog));

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Parse_AliasInsideAValidTemplate_RefusedAtItsLine()
    {
        var yaml = SampleTemplate.With("    options: [mat_steel_dc01_1_5, mat_galv_dx51_1_0]", "    options: &sheets [mat_steel_dc01_1_5, mat_galv_dx51_1_0]")
            .Replace("  coated:\n", "  other:\n    type: choice\n    options: *sheets\n    default: mat_steel_dc01_1_5\n  coated:\n", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("*sheets", StringComparison.Ordinal)) + 1;

        var problem = Assert.Single(TemplateDocument.Parse(yaml, DemoMaterials.Catalog).Problems);

        Assert.Contains("aliases (*sheets) are not allowed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Parse_DeepNestingInsideAValidTemplate_RefusedAtTheBracket()
    {
        var yaml = SampleTemplate.With("description: A tray for tests.", "description: " + new string('[', 40) + new string(']', 40));
        var line = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("description:", StringComparison.Ordinal)) + 1;

        var problem = Assert.Single(TemplateDocument.Parse(yaml, DemoMaterials.Catalog).Problems);

        Assert.Equal(line, problem.Line);
        Assert.Equal("description: ".Length + YamlTree.MaxDepth, problem.Column);
    }
}
