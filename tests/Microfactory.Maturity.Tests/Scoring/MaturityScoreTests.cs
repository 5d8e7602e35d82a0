using Microfactory.Maturity.Model;
using Microfactory.Maturity.Reading;
using Microfactory.Maturity.Scoring;

namespace Microfactory.Maturity.Tests.Scoring;

public sealed class MaturityScoreTests
{
    private static readonly MaturityModel Model = ModelReader.Read(TinyModel.Document(
        TinyModel.Dimension("alpha", weight: "3"), TinyModel.Dimension("beta"), TinyModel.Dimension("gamma", group: "technology"))).Model!;

    [Fact]
    public void Index_WeightedMean_RoundsToOneDecimal()
    {
        var levels = new Dictionary<string, int> { ["alpha"] = 4, ["beta"] = 1, ["gamma"] = 2 };

        Assert.Equal(3.0, MaturityScore.Index(Model, levels)); // (3·4 + 1 + 2) / 5
        Assert.Equal([3.3, 2.0], MaturityScore.Groups(Model, levels).Select(g => g.Level)); // (12 + 1) / 4 = 3.25 → 3.3
    }

    [Fact]
    public void Index_NoLevels_IsNull()
    {
        Assert.Null(MaturityScore.Index(Model, new Dictionary<string, int>()));
        Assert.Equal([null, 2.0], MaturityScore.Groups(Model, new Dictionary<string, int> { ["gamma"] = 2 }).Select(g => g.Level));
    }

    [Fact]
    public void Compare_ClaimAheadOfEvidence_HasPositiveGap()
    {
        var rows = MaturityScore.Compare(Model, new Dictionary<string, int> { ["alpha"] = 4, ["beta"] = 1 }, new Dictionary<string, int?> { ["alpha"] = 2, ["gamma"] = 3 });

        Assert.Equal([2, null, null], rows.Select(r => r.Gap));
        Assert.Equal((int?)3, rows[2].Measured);
    }

    [Fact]
    public void ProgressBetween_TwoAssessments_GivesChangePerDimensionAndIndex()
    {
        var progress = Progress.Between(Model, new Dictionary<string, int> { ["alpha"] = 1, ["beta"] = 1, ["gamma"] = 1 }, new Dictionary<string, int> { ["alpha"] = 3, ["beta"] = 1 });

        Assert.Equal([2, 0, null], progress.Dimensions.Select(d => d.Change));
        Assert.Equal(1.0, progress.IndexFrom);
        Assert.Equal(2.5, progress.IndexTo);
    }
}
