using Microfactory.Copilot.Evaluation;
using Microfactory.Copilot.Tests.Fixture;

namespace Microfactory.Copilot.Tests.Evaluation;

public sealed class SyntheticSetTests
{
    private static EvaluationSet Set() => EvaluationSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "synthetic-plant.json")));

    [Fact]
    public async Task RunAsync_SyntheticPlantSet_EveryCaseCorrect()
    {
        var plant = new SyntheticPlant();

        var report = await EvaluationRunner.RunAsync(Set(), role => plant.Copilot(PlantData.User(role)));

        Assert.True(report.Overall.Correct == report.Overall.Total, report.ToMarkdown());
    }

    [Fact]
    public void Parse_SyntheticPlantSet_CoversBothLanguagesAndEveryCategory()
    {
        var set = Set();

        Assert.True(set.Cases.Count >= 80, $"{set.Cases.Count} cases");
        Assert.Contains(set.Cases, c => c.Turns[^1].Any(Copilot.Retrieval.TextTokens.IsHan));
        Assert.Superset(new HashSet<string>(["order-lateness", "oee", "follow-up", "refusal", "no-data", "action", "drafting", "documents"]), set.Cases.Select(c => c.Category).ToHashSet());
    }
}
