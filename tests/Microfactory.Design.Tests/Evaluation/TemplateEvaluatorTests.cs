using System.Text.Json;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Evaluation;

public sealed class TemplateEvaluatorTests
{
    private static readonly Template Sample = TemplateDocument.Parse(SampleTemplate.Yaml, DemoMaterials.Catalog).Template!;

    private static DesignResult Run(params (string Name, string Value)[] values) =>
        TemplateEvaluator.Evaluate(Sample, values.ToDictionary(v => v.Name, v => v.Value), DemoMaterials.Catalog);

    private static DesignProblem OnlyProblem(params (string Name, string Value)[] values)
    {
        var result = Run(values);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Design);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Evaluate_Defaults_ResolvesParametersWithUnits()
    {
        var design = Run().Design!;

        Assert.Equal("test-tray", design.TemplateId);
        Assert.Equal("2.1.0", design.TemplateVersion);
        var width = design.Parameters.Single(p => p.Name == "width");
        Assert.Equal((200.0, "mm", "200 mm"), (width.Number!.Value, width.Unit, width.Display));
        Assert.Equal("mat_steel_dc01_1_5", design.Parameters.Single(p => p.Name == "sheet").Text);
        Assert.False(design.Parameters.Single(p => p.Name == "coated").Flag);
        Assert.Equal(0.0456, design.Derived.Single(d => d.Name == "flat_area").Number!.Value, 9);
    }

    [Theory]
    [InlineData("0.25 m")]
    [InlineData("250")]
    [InlineData("250mm")]
    [InlineData(" 25 cm ")]
    public void Evaluate_LengthWrittenInAnyUnit_SameValue(string input)
    {
        var design = Run(("width", input)).Design!;

        Assert.Equal(250, design.Parameters.Single(p => p.Name == "width").Number!.Value, 9);
    }

    [Fact]
    public void Evaluate_TypedValues_NumbersAreInTheParameterUnit()
    {
        var values = new Dictionary<string, object> { ["width"] = 250, ["depth"] = 180.0m, ["coated"] = true, ["count"] = 3L };

        var design = TemplateEvaluator.Evaluate(Sample, values, DemoMaterials.Catalog).Design!;

        Assert.Equal(250, design.Parameters[0].Number);
        Assert.Equal(180, design.Parameters[1].Number);
        Assert.True(design.Parameters.Single(p => p.Name == "coated").Flag);
    }

    [Theory]
    [InlineData("width", "90", "width must be at least 100 mm.")]
    [InlineData("width", "0.5 m", "width must be at most 400 mm.")]
    [InlineData("width", "205", "width must be a multiple of 10 mm counted from 100 mm, such as 200 mm or 210 mm.")]
    [InlineData("width", "5 kg", "width must be a length such as \"200 mm\", or a number of mm such as 200; '5 kg' is a mass.")]
    [InlineData("width", "wide", "width must be a length such as \"200 mm\", or a number of mm such as 200; 'wide' is not.")]
    [InlineData("width", "1,5", "width must be a length such as \"200 mm\", or a number of mm such as 200; '1,5' is not.")]
    [InlineData("count", "2.5", "count must be a whole number; 2.5 is not.")]
    [InlineData("count", "9", "count must be at most 8.")]
    [InlineData("count", "two", "count must be a whole number such as 2; 'two' is not.")]
    [InlineData("coated", "maybe", "coated must be true or false (yes/no, on/off and 1/0 work too); 'maybe' is neither.")]
    [InlineData("sheet", "mat_gold", "sheet must be one of the options mat_steel_dc01_1_5, mat_galv_dx51_1_0; 'mat_gold' is not one of them.")]
    public void Evaluate_BadValue_OneSentenceNamingParameterRuleAndExpectedForm(string name, string value, string message)
    {
        var problem = OnlyProblem((name, value));

        Assert.Equal([name], problem.Parameters);
        Assert.Equal(message, problem.Message);
        Assert.DoesNotContain("(max)", problem.Message, StringComparison.Ordinal);
        Assert.Null(problem.RuleId);
    }

    [Fact]
    public void Evaluate_BoundWithLabel_ReadsLikeASentenceWithGroupedThousands()
    {
        var yaml = SampleTemplate.With("    max: 400\n", "    max: 1200\n    label: Length\n");
        var template = TemplateDocument.Parse(yaml, DemoMaterials.Catalog).Template!;

        var result = TemplateEvaluator.Evaluate(template, new Dictionary<string, string> { ["width"] = "2 m" }, DemoMaterials.Catalog);

        Assert.Equal("Length must be at most 1,200 mm.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Evaluate_TextTooLong_Refused()
    {
        var problem = OnlyProblem(("note", new string('x', 201)));

        Assert.Equal(["note"], problem.Parameters);
    }

    [Fact]
    public void Evaluate_UnknownParameter_Refused()
    {
        var problem = OnlyProblem(("colour", "red"));

        Assert.Equal(["colour"], problem.Parameters);
        Assert.Contains("unknown parameter", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FarTooManyValues_RefusedWithOneProblem()
    {
        var values = Enumerable.Range(0, 1000).ToDictionary(i => "p" + i, _ => "1");

        var result = TemplateEvaluator.Evaluate(Sample, values, DemoMaterials.Catalog);

        Assert.Single(result.Problems);
    }

    [Fact]
    public void Evaluate_RuleViolated_GivesRuleMessageAndItsParameters()
    {
        var problem = OnlyProblem(("width", "400"), ("depth", "160"));

        Assert.Equal("square-enough", problem.RuleId);
        Assert.Equal("The width may be at most twice the depth.", problem.Message);
        Assert.Equal(["depth", "width"], problem.Parameters);
    }

    [Fact]
    public void Evaluate_DivisionByZeroInDerived_ProblemNamesParametersBehindIt()
    {
        var problem = OnlyProblem(("depth", "120"), ("width", "200"));

        Assert.Equal("derived.ratio", problem.Source);
        Assert.Equal(["depth", "width"], problem.Parameters);
    }

    [Fact]
    public void Evaluate_Bom_QuantitiesCostsAndEmissions()
    {
        var design = Run(("count", "3"), ("coated", "true")).Design!;

        var steel = design.Bom[0];
        var expectedKg = 0.24 * 0.19 * 0.0015 * 7850;
        Assert.Equal(("mat_steel_dc01_1_5", "kg"), (steel.MaterialId, steel.Unit));
        Assert.Equal(expectedKg, steel.Quantity, 6);
        Assert.Equal(Math.Round((decimal)Math.Round(expectedKg, 6) * 9.80m, 2), steel.LineCost);
        Assert.Equal(9.80m, steel.UnitPrice);
        Assert.Equal("HKD", design.Currency);
        Assert.Equal(expectedKg * 2.30, steel.KgCo2e, 5);
        Assert.Equal(expectedKg, steel.MassKg!.Value, 6);
        var screws = design.Bom[2];
        Assert.Equal((6.0, "piece", 2.70m, 0.0), (screws.Quantity, screws.Unit, screws.LineCost, screws.MassKg!.Value));
        Assert.Equal(design.Bom.Sum(l => l.LineCost), design.MaterialCost);
        Assert.Equal(design.Bom.Sum(l => l.MassKg!.Value), design.MassKg, 6);
    }

    [Fact]
    public void Evaluate_BomCondition_LeavesLineOut()
    {
        var design = Run(("coated", "false")).Design!;

        Assert.DoesNotContain(design.Bom, l => l.MaterialId == "mat_powder_polyester");
    }

    [Fact]
    public void Evaluate_Routing_DurationsInSecondsAndBridgesLeftOutOperations()
    {
        var plain = Run(("coated", "false")).Design!;
        var coated = Run(("coated", "true")).Design!;

        Assert.Equal(["cut", "pack"], plain.Routing.Select(r => r.Id));
        Assert.Equal(["cut"], plain.Routing[1].Predecessors);
        Assert.Equal(["cut", "coat", "pack"], coated.Routing.Select(r => r.Id));
        Assert.Equal(["coat"], coated.Routing[2].Predecessors);
        var cut = plain.Routing[0];
        Assert.Equal(("cap_laser_cut_metal", 600.0, 35.0), (cut.CapabilityId, cut.SetupSeconds, cut.RunSeconds));
    }

    [Fact]
    public void Evaluate_Geometry_WritesSvgAndDxf()
    {
        var design = Run().Design!;

        Assert.Equal(["tray.svg", "tray.dxf"], design.Files.Select(f => f.FileName));
        Assert.Equal(["image/svg+xml", "image/vnd.dxf"], design.Files.Select(f => f.MediaType));
    }

    [Fact]
    public void Evaluate_WithoutGeometry_NoFiles()
    {
        var result = TemplateEvaluator.Evaluate(Sample, new Dictionary<string, string>(), DemoMaterials.Catalog, new EvaluationOptions { IncludeGeometry = false });

        Assert.Empty(result.Design!.Files);
    }

    [Fact]
    public void Evaluate_GeneratorRefusesValues_ProblemNamesParametersFeedingTheArgument()
    {
        var yaml = SampleTemplate.With("      flange_front: 20 mm", "      flange_front: width / 100");
        var template = TemplateDocument.Parse(yaml, DemoMaterials.Catalog).Template!;

        var result = TemplateEvaluator.Evaluate(template, new Dictionary<string, string>(), DemoMaterials.Catalog);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(["width"], problem.Parameters);
        Assert.Contains("flange_front", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MaterialMissingFromTodaysCatalogue_IsAProblemNotAnException()
    {
        var partial = new InMemoryMaterialCatalog(DemoMaterials.Catalog.Materials.Where(m => m.Id != "mat_screw_m4_a2"));

        var result = TemplateEvaluator.Evaluate(Sample, new Dictionary<string, string>(), partial);

        Assert.Contains(result.Problems, p => p.Message.Contains("mat_screw_m4_a2", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SameInputsTwice_IdenticalFilesAndJson()
    {
        var first = Run(("width", "230")).Design!;
        var second = Run(("width", "230")).Design!;

        Assert.Equal(DesignJson.Serialize(first), DesignJson.Serialize(second));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span)));
    }

    [Fact]
    public void DesignJson_Deserialize_RoundTripsEverythingButFileBytes()
    {
        var design = Run(("coated", "true")).Design!;

        var back = JsonSerializer.Deserialize<Design.Evaluation.Design>(DesignJson.Serialize(design), DesignJson.Options)!;

        Assert.Equal(design.Bom, back.Bom);
        Assert.Equal(design.MaterialCost, back.MaterialCost);
        Assert.Equal(design.Routing.Select(r => (r.Id, r.RunSeconds)), back.Routing.Select(r => (r.Id, r.RunSeconds)));
        Assert.Equal(design.Files.Select(f => f.FileName), back.Files.Select(f => f.FileName));
        Assert.Equal(DesignJson.Serialize(design), DesignJson.Serialize(back with { Files = design.Files }));
    }

    [Fact]
    public void DesignJson_Serialize_CamelCaseWithoutFileBytes()
    {
        var design = Run(("coated", "true")).Design!;

        using var json = JsonDocument.Parse(DesignJson.Serialize(design));

        var root = json.RootElement;
        Assert.Equal("test-tray", root.GetProperty("templateId").GetString());
        Assert.Equal(design.MaterialCost, root.GetProperty("materialCost").GetDecimal());
        Assert.Equal("mat_steel_dc01_1_5", root.GetProperty("bom")[0].GetProperty("materialId").GetString());
        Assert.Equal("cap_laser_cut_metal", root.GetProperty("routing")[0].GetProperty("capabilityId").GetString());
        var file = root.GetProperty("files")[0];
        Assert.Equal("tray.svg", file.GetProperty("fileName").GetString());
        Assert.True(file.GetProperty("sizeBytes").GetInt32() > 0);
        Assert.False(file.TryGetProperty("content", out _));
        Assert.Equal("Recycle as steel.", root.GetProperty("passport").GetProperty("circularity").GetString());
    }
}
