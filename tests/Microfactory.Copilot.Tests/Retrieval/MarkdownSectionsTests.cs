using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Tests.Retrieval;

public sealed class MarkdownSectionsTests
{
    [Fact]
    public void Split_NestedHeadings_PathsAnchorsAndText()
    {
        var doc = new MarkdownDocument("m", "Fallback", "/documents/m", "Intro line.\n# Laser manual\n## Nozzle\n### Changing the nozzle\nUnscrew it.\n## Alarms\nCheck the chiller.\n## Alarms\nSecond.");

        var sections = MarkdownSections.Split(doc);

        Assert.Equal(["top", "laser-manual", "nozzle", "changing-the-nozzle", "alarms", "alarms-1"], sections.Select(s => s.Anchor));
        Assert.Equal("Laser manual", sections[0].Heading);
        Assert.Equal("Laser manual › Nozzle › Changing the nozzle", sections[3].Heading);
        Assert.Equal("Unscrew it.", sections[3].Text);
        Assert.Equal("Laser manual › Alarms", sections[4].Heading);
        Assert.Equal("/documents/m#changing-the-nozzle", sections[3].Link);
        Assert.All(sections, s => Assert.Equal("Laser manual", s.DocumentTitle));
    }

    [Fact]
    public void Split_HashInFencedCode_IsNoHeading()
    {
        var doc = new MarkdownDocument("m", "M", "/m", "## Setup\n```\n# not a heading\n```\nafter");

        var sections = MarkdownSections.Split(doc);

        var only = Assert.Single(sections);
        Assert.Contains("# not a heading", only.Text, StringComparison.Ordinal);
        Assert.Equal("M › Setup".Split(" › ")[1], only.Heading);
    }

    [Fact]
    public void Split_ChineseHeading_KeepsItsCharactersInTheAnchor()
    {
        var sections = MarkdownSections.Split(new MarkdownDocument("z", "Z", "/z", "## 更換噴嘴\n關閉雷射"));

        Assert.Equal("更換噴嘴", Assert.Single(sections).Anchor);
    }
}
