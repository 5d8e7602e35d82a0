using System.Text.Json;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Evaluation;

/// <summary>Results that overflow or no microfactory could make are problems naming the parameters, never exceptions or non-finite numbers.</summary>
public sealed class TemplateEvaluatorLimitsTests
{
    private static Template Parse(string yaml)
    {
        var result = TemplateDocument.Parse(yaml, DemoMaterials.Catalog);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Template!;
    }

    private static DesignResult Run(Template template, IMaterialCatalog? materials = null, params (string Name, string Value)[] values) =>
        TemplateEvaluator.Evaluate(template, values.ToDictionary(v => v.Name, v => v.Value), materials ?? DemoMaterials.Catalog);

    private static string WithBomLine(string material, string quantity) =>
        SampleTemplate.With("  - material: mat_screw_m4_a2\n    quantity: count * 2", $"  - material: {material}\n    quantity: {quantity}");

    [Fact]
    public void Evaluate_BomQuantityOf1e300SquareMetres_ProblemNotException()
    {
        var template = Parse(WithBomLine("mat_mdf_6", "1e300 m2"));

        var result = Run(template);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("bom[2]", problem.Source);
        Assert.Equal("the quantity of MDF, 6 mm comes out as 1E+300 m²; one BOM line holds at most 1,000,000 m²", problem.Message);
        Assert.Empty(problem.Parameters);
    }

    [Fact]
    public void Evaluate_BomQuantityGrowingWithAParameter_NamesIt()
    {
        var template = Parse(WithBomLine("mat_mdf_6", "width * 1e10 m"));

        var problem = Assert.Single(Run(template).Problems);

        Assert.Equal(["width"], problem.Parameters);
        Assert.Contains("one BOM line holds at most", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BomQuantityOverflowingToInfinity_SaysSo()
    {
        var template = Parse(WithBomLine("mat_mdf_6", "width * 1e308 m * 1e10"));

        var problem = Assert.Single(Run(template).Problems);

        Assert.Equal(["width"], problem.Parameters);
        Assert.Contains("too large to compute for these values (it overflows)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LineCostBeyondDecimal_ProblemNotOverflow()
    {
        var pricey = new InMemoryMaterialCatalog(DemoMaterials.Catalog.Materials.Select(m => m.Id == "mat_screw_m4_a2" ? m with { PricePerUnit = 7.9e27m } : m));

        var problem = Assert.Single(Run(Parse(SampleTemplate.Yaml), pricey).Problems);

        Assert.Equal(["count"], problem.Parameters);
        Assert.Contains("would cost more than 1,000,000,000 HKD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RunTimeBeyondSixteenWeeks_NamesTheParameters()
    {
        var template = Parse(SampleTemplate.With("    run: 2 * (width + depth) / (20 mm/s)", "    run: 2 * (width + depth) / (0.0000001 mm/s)"));

        var problem = Assert.Single(Run(template).Problems);

        Assert.Equal("routing.cut", problem.Source);
        Assert.Equal(["depth", "width"], problem.Parameters);
        Assert.Contains("an operation takes at most 2,688 h (16 weeks)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GeometryArgumentBeyondTenMetres_RefusedBeforeTheGenerator()
    {
        var template = Parse(SampleTemplate.With("      width: width", "      width: width * 100"));

        var problem = Assert.Single(Run(template).Problems);

        Assert.Equal(["width"], problem.Parameters);
        Assert.Equal("geometry 'tray': argument 'width' comes out as 20,000 mm; the generators draw parts of at most 10,000 mm", problem.Message);
    }

    [Fact]
    public void Evaluate_ProductMassBeyondAThousandTonnes_Refused()
    {
        var template = Parse(SampleTemplate.With("derived:\n", "mass: width * 1e10 kg/m\nderived:\n"));

        var problem = Assert.Single(Run(template).Problems);

        Assert.Equal("mass", problem.Source);
        Assert.Contains("a product weighs at most 1,000,000 kg", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithinLimits_EveryNumberOfTheDesignIsFiniteAndSerialises()
    {
        var design = Run(Parse(SampleTemplate.Yaml), null, ("coated", "true")).Design!;

        using var json = JsonDocument.Parse(DesignJson.Serialize(design));
        Assert.Equal("HKD", json.RootElement.GetProperty("currency").GetString());
        Assert.True(json.RootElement.GetProperty("materialCost").GetDecimal() > 0);
        Assert.False(json.RootElement.TryGetProperty("materialCostHkd", out _));
        Assert.True(json.RootElement.GetProperty("bom")[0].TryGetProperty("unitPrice", out _));
        Assert.True(json.RootElement.GetProperty("bom")[0].TryGetProperty("lineCost", out _));
    }

    [Fact]
    public void Evaluate_MaterialsInTwoCurrencies_RefusedRatherThanAddedUp()
    {
        var mixed = new InMemoryMaterialCatalog(DemoMaterials.Catalog.Materials.Select(m => m.Id == "mat_screw_m4_a2" ? m with { Currency = "EUR" } : m));

        var problem = Assert.Single(Run(Parse(SampleTemplate.Yaml), mixed).Problems);

        Assert.Equal("bom", problem.Source);
        Assert.Contains("different currencies (EUR, HKD)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            TemplateEvaluator.Evaluate(Parse(SampleTemplate.Yaml), new Dictionary<string, string>(), DemoMaterials.Catalog, null, cancelled.Token));
    }
}
