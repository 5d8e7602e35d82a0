using Microfactory.Maturity.Evidence;
using Microfactory.Maturity.Model;
using Microfactory.Maturity.Reading;

namespace Microfactory.Maturity.Tests.Evidence;

public sealed class EvidenceScorerTests
{
    private static readonly MaturityModel Model = ModelReader.Read(TinyModel.Document(TinyModel.Dimension("alpha", evidence:
        "    evidence:\n"
        + "      - figure: a.share\n        label: share\n        unit: share\n        levels: {1: 0.01, 2: 0.25, 3: 0.5, 4: 0.8, 5: 0.95}\n"
        + "      - figure: a.count\n        label: count\n        unit: count\n        levels: {1: 1, 2: 3}\n"
        + "      - figure: a.later\n        label: later\n        unit: share\n        planned: true\n        levels: {3: 0.5}\n"))).Model!;

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.01, 1)]
    [InlineData(0.2499, 1)]
    [InlineData(0.25, 2)]
    [InlineData(0.79, 3)]
    [InlineData(0.8, 4)]
    [InlineData(1.0, 5)]
    public void LevelFor_Share_IsTheHighestThresholdReached(double value, int level) =>
        Assert.Equal(level, Model.Dimensions[0].Evidence[0].LevelFor(value));

    [Fact]
    public void LevelFor_BelowAFigureThatStartsAtLevelThree_IsTwo() =>
        Assert.Equal(2, Model.Dimensions[0].Evidence[2].LevelFor(0.1));

    [Fact]
    public void Score_FigureAtItsCeiling_DoesNotHoldTheOthersBack()
    {
        var evidence = EvidenceScorer.Score(Model.Dimensions[0], Readings(("a.share", 0.85), ("a.count", 12)));

        Assert.Equal(4, evidence.MeasuredLevel); // the count is at its ceiling (2) and says nothing past it
        Assert.Equal([FigureStatus.Measured, FigureStatus.Measured, FigureStatus.NotRecorded], evidence.Figures.Select(f => f.Status));
    }

    [Fact]
    public void Score_FigureBelowItsCeiling_HoldsTheLevel()
    {
        var evidence = EvidenceScorer.Score(Model.Dimensions[0], Readings(("a.share", 0.99), ("a.count", 1)));

        Assert.Equal(1, evidence.MeasuredLevel);
    }

    [Fact]
    public void Score_OnlyCeilingFigures_GiveTheHighestCeiling()
    {
        var evidence = EvidenceScorer.Score(Model.Dimensions[0], Readings(("a.count", 3)));

        Assert.Equal(2, evidence.MeasuredLevel);
    }

    [Fact]
    public void Score_NoReadings_SaysNoDataYet()
    {
        var evidence = EvidenceScorer.Score(Model.Dimensions[0], new Dictionary<string, FigureReading>
        {
            ["a.share"] = FigureReading.Share("a.share", 0, 0, "", "No orders at this factory yet."),
        });

        Assert.Null(evidence.MeasuredLevel);
        Assert.Equal(FigureStatus.NoDataYet, evidence.Figures[0].Status);
        Assert.Contains("No orders at this factory yet.", evidence.NoDataReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OnlyPlannedFigures_SaysThePlatformDoesNotRecordItYet()
    {
        var model = ModelReader.Read(TinyModel.Document(TinyModel.Dimension("beta", evidence:
            "    evidence:\n      - figure: b.later\n        label: later\n        unit: days\n        planned: true\n        levels: {2: 7}\n"))).Model!;

        var evidence = EvidenceScorer.Score(model, new Dictionary<string, FigureReading>())[0];

        Assert.Null(evidence.MeasuredLevel);
        Assert.Equal("No data yet: the platform does not record this yet.", evidence.NoDataReason);
    }

    private static Dictionary<string, FigureReading> Readings(params (string Figure, double Value)[] values) =>
        values.ToDictionary(v => v.Figure, v => new FigureReading(v.Figure, v.Value, "detail"));
}
