using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Tests.Retrieval;

public sealed class EnglishStemTests
{
    [Theory]
    [InlineData("warped", "warp")]
    [InlineData("warping", "warp")]
    [InlineData("warp", "warp")]
    [InlineData("changes", "chang")]
    [InlineData("changed", "chang")]
    [InlineData("change", "chang")]
    [InlineData("cutting", "cut")]
    [InlineData("nozzles", "nozzl")]
    [InlineData("batteries", "battery")]
    [InlineData("filled", "fill")]
    [InlineData("press", "press")]
    [InlineData("axis", "axis")]
    [InlineData("bed", "bed")]
    [InlineData("dc01", "dc01")]
    [InlineData("噴嘴", "噴嘴")]
    public void Of_InflectedWords_MeetTheirStem(string term, string stem) => Assert.Equal(stem, EnglishStem.Of(term));

    [Fact]
    public void Search_QuestionWordInflectedOtherwiseThanTheManual_FindsTheSection()
    {
        var index = new DocumentIndex();
        index.Upsert(new MarkdownDocument("doc_fdm", "FDM printer manual", "/docs/fdm",
            "# FDM printer manual\n\n## Purpose\n\nThe printers print parts, printer after printer.\n\n## Troubleshooting\n\nCorner warping: close the enclosure and add a brim.\n"));

        var hits = index.Search("prints have warped corners", 1);

        Assert.Equal("Troubleshooting", Assert.Single(hits).Heading.Split('›')[^1].Trim());
    }
}
