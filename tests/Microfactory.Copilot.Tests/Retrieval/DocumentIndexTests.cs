using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Tests.Retrieval;

public sealed class DocumentIndexTests
{
    // Three one-section documents; each section's terms are its title and its text:
    // d1 = [d1 laser nozzle laser] (4), d2 = [d2 press oil] (3), d3 = [d3 laser oil check] (4); N = 3, avg = 11/3.
    private static DocumentIndex Tiny()
    {
        var index = new DocumentIndex();
        index.Upsert(new MarkdownDocument("d1", "d1", "/d1", "laser nozzle laser"));
        index.Upsert(new MarkdownDocument("d2", "d2", "/d2", "press oil"));
        index.Upsert(new MarkdownDocument("d3", "d3", "/d3", "laser oil check"));
        return index;
    }

    [Fact]
    public void Search_OneTerm_ScoresAsComputedByHand()
    {
        // idf(laser) = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln 1.6 = 0.470004
        // d1: f = 2, |d| = 4: 0.470004 · 2 · 2.2 / (2 + 1.2 · (0.25 + 0.75 · 4/(11/3))) = 0.630143
        // d3: f = 1, |d| = 4: 0.470004 · 2.2 / (1 + 1.281818) = 0.453151
        var hits = Tiny().Search("laser", 10);

        Assert.Equal(["d1", "d3"], hits.Select(h => h.DocumentId));
        Assert.Equal(0.630143, hits[0].Score, 5);
        Assert.Equal(0.453151, hits[1].Score, 5);
    }

    [Fact]
    public void Search_TwoTerms_SumsPerTermAndRanks()
    {
        // idf(oil) = idf(laser) = 0.470004; d3 = 0.453151 + 0.453151; d2: f(oil) = 1, |d| = 3: 0.470004 · 2.2 / (1 + 1.036364) = 0.507772
        var hits = Tiny().Search("Laser, OIL", 10);

        Assert.Equal(["d3", "d1", "d2"], hits.Select(h => h.DocumentId));
        Assert.Equal(0.906302, hits[0].Score, 5);
        Assert.Equal(0.630143, hits[1].Score, 5);
        Assert.Equal(0.507772, hits[2].Score, 5);
    }

    [Fact]
    public void Remove_Document_StatisticsFollow()
    {
        var index = Tiny();

        Assert.True(index.Remove("d2"));
        var hits = index.Search("laser oil", 10);

        // N = 2, avg = 4; idf(laser) = ln 1.2, idf(oil) = ln(1 + 1.5/1.5) = ln 2: d3 = 0.875469, d1 = 0.250692
        Assert.Equal(["d3", "d1"], hits.Select(h => h.DocumentId));
        Assert.Equal(0.875469, hits[0].Score, 5);
        Assert.Equal(0.250692, hits[1].Score, 5);
        Assert.False(index.Remove("d2"));
        Assert.Equal(2, index.SectionCount);
    }

    [Fact]
    public void Upsert_ChangedDocument_ReplacesItsSections()
    {
        var index = Tiny();

        index.Upsert(new MarkdownDocument("d1", "d1", "/d1", "hydraulic pump"));

        Assert.DoesNotContain(index.Search("nozzle", 10), h => h.DocumentId == "d1");
        Assert.Equal("d1", Assert.Single(index.Search("pump", 10)).DocumentId);
        Assert.Equal(3, index.SectionCount);
        Assert.Equal(["d1", "d2", "d3"], index.DocumentIds);
    }

    [Fact]
    public void Search_ChineseQuery_FindsTheChineseSectionWithItsLink()
    {
        var index = new DocumentIndex();
        index.Upsert(new MarkdownDocument("zh", "保養", "/documents/zh", "# 雷射切割機保養\n## 更換噴嘴\n關閉雷射，讓切割頭冷卻。\n## 冷卻機\n每週檢查水位。"));
        index.Upsert(new MarkdownDocument("en", "Manual", "/documents/en", "## Nozzle\nChange the nozzle."));

        var best = index.Search("怎麼更換噴嘴？", 3)[0];

        Assert.Equal("zh", best.DocumentId);
        Assert.Equal("/documents/zh#更換噴嘴", best.Link);
        Assert.Equal("雷射切割機保養 › 更換噴嘴", best.Heading);
    }

    [Fact]
    public void Search_NoMatchingTerm_Empty()
    {
        Assert.Empty(Tiny().Search("welding", 5));
        Assert.Empty(new DocumentIndex().Search("laser", 5));
    }
}
