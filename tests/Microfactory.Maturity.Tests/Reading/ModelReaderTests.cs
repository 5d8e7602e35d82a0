using Microfactory.Maturity.Model;
using Microfactory.Maturity.Reading;

namespace Microfactory.Maturity.Tests.Reading;

public sealed class ModelReaderTests
{
    [Fact]
    public void Read_ShippedModel_IsValidWithThirteenDimensionsInThreeGroups()
    {
        var result = ShippedModel.Read();

        Assert.True(result.Problems.IsEmpty, string.Join("\n", result.Problems));
        var model = result.Model!;
        Assert.Equal("1.3.0", model.Version);
        Assert.Equal(13, model.Dimensions.Length);
        Assert.Equal(["process", "technology", "organisation"], model.Groups.Select(g => g.Id));
        Assert.All(model.Dimensions, d => Assert.Equal([0, 1, 2, 3, 4, 5], d.Levels.Select(l => l.Number)));
        Assert.All(model.Dimensions.SelectMany(d => d.Levels.Skip(1)), l => Assert.True(l.Link is not null ^ l.Planned is not null));
        Assert.Equal(0.8, model.Find("carbon-suppliers")!.Evidence.Single(e => e.Figure == "suppliers.pact-coverage").Thresholds[3]);
        Assert.Equal(["foundation", "microfactory", "lighthouse"], model.Profiles.Select(p => p.Id));
    }

    [Fact]
    public void Read_TinyModel_ReadsLevelsWeightsAndThresholds()
    {
        var evidence = "    evidence:\n      - figure: things.share\n        label: share of things\n        unit: share\n        levels: {2: 0.5, 4: 0.9}\n";
        var result = ModelReader.Read(TinyModel.Document(TinyModel.Dimension("alpha", weight: "2", evidence: evidence)));

        Assert.True(result.Problems.IsEmpty, string.Join("\n", result.Problems));
        var alpha = result.Model!.Find("alpha")!;
        Assert.Equal(2, alpha.Weight);
        Assert.Equal("/page/3", alpha.Levels[3].Link);
        Assert.Equal([null, 0.5, null, 0.9, null], alpha.Evidence[0].Thresholds.ToArray());
        Assert.Equal(4, alpha.Evidence[0].Ceiling);
    }

    public static TheoryData<string, string, int, string> BadDocuments()
    {
        var good = TinyModel.Document(TinyModel.Dimension("alpha"), TinyModel.Dimension("beta"));
        return new()
        {
            { "unknown top-level key", good.Replace("title: Tiny", "title: Tiny\ncolour: red", StringComparison.Ordinal), 4, "'colour' is not a field here" },
            { "version not x.y.z", good.Replace("version: 1.0.0", "version: one", StringComparison.Ordinal), 2, "major.minor.patch" },
            { "dimension in an unknown group", good.Replace("    group: process\n    name: beta", "    group: finance\n    name: beta", StringComparison.Ordinal), 0, "group 'finance' is not one of the model's groups" },
            { "level out of order", good.Replace("      - level: 2\n        does: does 2", "      - level: 3\n        does: does 2", StringComparison.Ordinal), 0, "out of order" },
            { "five levels only", TinyModel.Document(TinyModel.Dimension("alpha").Replace(TinyModel.Level(5), "", StringComparison.Ordinal)), 0, "exactly the six levels" },
            { "link that leaves the platform", good.Replace("link: /page/4", "link: https://example.com", StringComparison.Ordinal), 0, "must be a path of the platform" },
            { "requires an unknown dimension", TinyModel.Document(TinyModel.Dimension("alpha", extra: n => n == 2 ? "        requires:\n          - {dimension: gamma, level: 2}\n" : "")), 0, "'gamma', which is not a dimension" },
            { "circular prerequisites", TinyModel.Document(
                TinyModel.Dimension("alpha", extra: n => n == 2 ? "        requires:\n          - {dimension: beta, level: 2}\n" : ""),
                TinyModel.Dimension("beta", extra: n => n == 2 ? "        requires:\n          - {dimension: alpha, level: 2}\n" : "")), 0, "go round in a circle" },
            { "thresholds that fall", TinyModel.Document(TinyModel.Dimension("alpha", evidence: "    evidence:\n      - figure: x.y\n        label: l\n        unit: share\n        levels: {1: 0.5, 2: 0.2}\n")), 0, "is below the one for a lower level" },
            { "share above one", TinyModel.Document(TinyModel.Dimension("alpha", evidence: "    evidence:\n      - figure: x.y\n        label: l\n        unit: share\n        levels: {1: 1.5}\n")), 0, "from 0 to 1" },
            { "duplicate key", good.Replace("title: Tiny", "title: Tiny\ntitle: Again", StringComparison.Ordinal), 4, "appears twice" },
            { "alias", good.Replace("description: A tiny model.", "description: &d A tiny model.\nextra: *d", StringComparison.Ordinal), 5, "aliases" },
            { "unclosed flow", good.Replace("levels: {", "levels: [", StringComparison.Ordinal) + "x: [unclosed\n", 0, "cannot be read" },
            { "profile names an unknown dimension", good + "    levels: {omega: 2}\n", 0, "'omega' is not a dimension" },
        };
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Read_BadDocument_IsRefusedWithLineAndRule(string why, string yaml, int line, string rule)
    {
        var result = ModelReader.Read(yaml);

        Assert.Null(result.Model);
        var problem = result.Problems.First(p => p.Message.Contains(rule, StringComparison.Ordinal));
        Assert.True(problem.Line >= 1, why);
        if (line > 0)
        {
            Assert.Equal(line, problem.Line);
        }
        Assert.StartsWith($"line {problem.Line}, column", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProblemInADimension_PointsAtItsLine()
    {
        var yaml = TinyModel.Document(TinyModel.Dimension("alpha"), TinyModel.Dimension("beta")).Replace("does: does 4", "does: ''", StringComparison.Ordinal);
        var expected = yaml.Split('\n').Select((text, i) => (text, line: i + 1)).First(x => x.text.Contains("does: ''", StringComparison.Ordinal)).line;

        var problem = ModelReader.Read(yaml).Problems.First();

        Assert.Equal(expected, problem.Line);
        Assert.Equal("dimensions[0].levels[4].does", problem.Path);
    }

    [Fact]
    public void Read_DeepNesting_IsRefusedWithoutRecursing()
    {
        var yaml = "model: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = ModelReader.Read(yaml);

        Assert.Contains(result.Problems, p => p.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HugeDocument_IsRefusedBeforeParsing()
    {
        var result = ModelReader.Read("description: " + new string('x', BoundedYaml.MaxLength));

        Assert.Contains("at most", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
