using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Templates;

/// <summary>The template reader over YamlDotNet's event parser: bounded depth, no aliases, no recursion, positions and paths kept.</summary>
public sealed class YamlTreeTests
{
    private static (YamlItem? Root, List<TemplateProblem> Problems) Load(string text)
    {
        var problems = new List<TemplateProblem>();
        var root = HostileYaml.OnSmallStack(() => YamlTree.Load(text, problems));
        return (root, problems);
    }

    [Fact]
    public void Load_SelfReferencingAliasKey_RefusedAtTheAliasWithoutExpanding()
    {
        var (root, problems) = Load(HostileYaml.SelfReferencingKey);

        Assert.Null(root);
        var alias = Assert.Single(problems, p => p.Message.Contains("aliases", StringComparison.Ordinal));
        Assert.Contains("*k", alias.Message, StringComparison.Ordinal);
        Assert.Equal((1, 7), (alias.Line, alias.Column));
    }

    [Fact]
    public void Load_NinetyThousandNestedBlockSequences_RefusedAtTheFirstLevelPastTheLimit()
    {
        var (root, problems) = Load(HostileYaml.NestedBlockSequences);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Contains($"nested more than {YamlTree.MaxDepth} levels", problem.Message, StringComparison.Ordinal);
        // Level 1 is the top mapping, 2 the first list at column 1; level 17 is the 16th "- ", column 1 + 2 × 15.
        Assert.Equal((2, 1 + (2 * (YamlTree.MaxDepth - 1))), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("#")]
    [InlineData("'")]
    public void Load_BracketsAfterAPlainScalarWithHashOrQuote_DepthIsBoundedAsYamlReadsThem(string character)
    {
        var text = character == "#" ? HostileYaml.BracketsAfterHash : HostileYaml.BracketsAfterQuote;

        var (root, problems) = Load(text);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Contains("nested more than", problem.Message, StringComparison.Ordinal);
        // "deep: [a#b, " is 12 characters: the outer list is level 2 at column 7, the first bracket level 3 at column 13,
        // so the first level past the limit, MaxDepth + 1, opens at column 13 + (MaxDepth + 1 - 3).
        Assert.Equal((1, 13 + YamlTree.MaxDepth - 2), (problem.Line, problem.Column));
    }

    [Fact]
    public void Load_NestingAtTheLimit_IsAccepted()
    {
        var text = "a: " + new string('[', YamlTree.MaxDepth - 1) + "x" + new string(']', YamlTree.MaxDepth - 1) + "\n";

        var (root, problems) = Load(text);

        Assert.Empty(problems);
        Assert.IsType<YamlMap>(root);
    }

    [Fact]
    public void Load_AnchorWithoutAlias_IsHarmlessAndKeepsTheValue()
    {
        var (root, problems) = Load("a: &x 5\nb: 6\n");

        Assert.Empty(problems);
        Assert.Equal("5", Assert.IsType<YamlText>(Assert.IsType<YamlMap>(root).Get("a")).Value);
    }

    [Fact]
    public void Load_ManyAliases_ListsTenThenStops()
    {
        var text = "a: &x 1\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"b{i}: *x\n"));

        var (root, problems) = Load(text);

        Assert.Null(root);
        Assert.Equal(10, problems.Count);
    }

    [Fact]
    public void Load_NonScalarKeyAndRepeatedKey_ReportedWithPaths()
    {
        var (root, problems) = Load("top:\n  ? [a, b]\n  : 1\n  same: 1\n  same: 2\n");

        Assert.NotNull(root);
        Assert.Contains(problems, p => p.Message.Contains("a key must be a single name", StringComparison.Ordinal) && p.Path == "top" && p.Line == 2);
        Assert.Contains(problems, p => p.Message.Contains("'same' appears twice", StringComparison.Ordinal) && p.Path == "top.same" && p.Line == 5);
    }

    [Fact]
    public void Load_SecondDocument_Refused()
    {
        var (root, problems) = Load("a: 1\n---\nb: 2\n");

        Assert.Null(root);
        Assert.Contains("exactly one YAML document", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Positions_AreOneBasedLinesAndColumns()
    {
        var (root, _) = Load("id: x\nlist:\n  - one\n  - { k: v }\n");

        var map = Assert.IsType<YamlMap>(root);
        var list = Assert.IsType<YamlList>(map.Get("list"));
        Assert.Equal((3, 5), (list.Items[0].Line, list.Items[0].Column));
        var inner = Assert.IsType<YamlMap>(list.Items[1]);
        Assert.Equal((4, 5), (inner.Line, inner.Column));
        Assert.Equal("v", Assert.IsType<YamlText>(inner.Get("k")).Value);
    }
}
