using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Catalogue;

public sealed class ShippedTemplatesTests
{
    public static TheoryData<string> Ids => new(ShippedTemplates.All.Select(t => t.Id));

    [Fact]
    public void All_Shipped_ListsFourTemplatesById()
    {
        Assert.Equal(["phone-stand", "plywood-storage-box", "sheet-metal-enclosure", "wall-shelf"], ShippedTemplates.All.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Parse_ShippedTemplate_IsValidAndIdMatchesResourceName(string id)
    {
        var result = Microfactory.Design.Templates.TemplateDocument.Parse(ShippedTemplates.Find(id)!.Yaml, DemoMaterials.Catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(id, result.Template!.Id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Evaluate_ShippedTemplateDefaults_GivesDesignWithFilesBomAndRouting(string id)
    {
        var template = Microfactory.Design.Templates.TemplateDocument.Parse(ShippedTemplates.Find(id)!.Yaml, DemoMaterials.Catalog).Template!;

        var result = TemplateEvaluator.Evaluate(template, new Dictionary<string, string>(), DemoMaterials.Catalog);

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems.Select(p => p.Message)));
        var design = result.Design!;
        Assert.NotEmpty(design.Bom);
        Assert.NotEmpty(design.Routing);
        Assert.NotEmpty(design.Files);
        Assert.True(design.MassKg > 0);
        Assert.True(design.MaterialCost > 0);
        Assert.All(design.Files, f => Assert.True(f.Content.Length > 100));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(ShippedTemplates.Find("no-such-template"));
    }
}
