using Microfactory.Copilot.Evaluation;
using Microfactory.Copilot.Tests.Fixture;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    [Fact]
    public async Task RunAsync_WrongExpectations_EachFailureNamedAndCountedPerCategory()
    {
        var set = new EvaluationSet("t",
        [
            new EvaluationCase("ok", "oee", CopilotRole.Operator, ["what was the OEE of the laser last shift"], "Oee", new Dictionary<string, string> { ["machine"] = "mch_laser" }, "Answer", ["75.0 %"], null, ["oee"]),
            new EvaluationCase("bad", "oee", CopilotRole.Operator, ["what was the OEE of the laser last shift"], "Alarms", new Dictionary<string, string> { ["machine"] = "mch_press" }, "NoData", ["99.9 %"], ["Laser"], ["order"]),
        ]);
        var plant = new SyntheticPlant();

        var report = await EvaluationRunner.RunAsync(set, role => plant.Copilot(PlantData.User(role)), clock: TimeProvider.System);

        Assert.True(report.Results[0].Passed);
        Assert.Equal(
            ["intent Oee, expected Alarms", "kind Answer, expected NoData", "slot machine = mch_laser, expected mch_press", "no order cited", "missing \"99.9 %\"", "contains \"Laser\""],
            report.Results[1].Failures);
        Assert.Equal(new CategoryAccuracy("oee", 2, 1), Assert.Single(report.Categories));
        Assert.Equal(0.5m, report.Overall.Accuracy);
        Assert.Contains("| oee | 2 | 1 | 50.0 % |", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.All(report.Results, r => Assert.True(r.Milliseconds > 0));
    }

    [Theory]
    [InlineData("""{"name": "x"}""", "cases: required")]
    [InlineData("""{"name": "x", "cases": [{"id": "a", "category": "c", "role": "Planner", "turns": []}]}""", "cases[0]")]
    [InlineData("""{"name": "x", "cases": [{"id": "a", "category": "c", "role": "Boss", "turns": ["q"]}]}""", "role")]
    [InlineData("""{"name": "x", "cases": [{"id": "a", "category": "c", "role": "Planner", "turns": ["q"]}, {"id": "a", "category": "c", "role": "Planner", "turns": ["q"]}]}""", "'a' is used twice")]
    public void Parse_MalformedSet_FormatErrorNamingTheField(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationSet.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
