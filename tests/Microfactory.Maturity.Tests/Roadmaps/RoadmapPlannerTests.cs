using Microfactory.Maturity.Model;
using Microfactory.Maturity.Reading;
using Microfactory.Maturity.Roadmaps;

namespace Microfactory.Maturity.Tests.Roadmaps;

public sealed class RoadmapPlannerTests
{
    // gamma 2 needs alpha 3; beta weighs double.
    private static readonly MaturityModel Model = ModelReader.Read(TinyModel.Document(
        TinyModel.Dimension("alpha"),
        TinyModel.Dimension("beta", weight: "2"),
        TinyModel.Dimension("gamma", extra: n => n == 2 ? "        requires:\n          - {dimension: alpha, level: 3}\n" : ""))).Model!;

    private static readonly Dictionary<string, int?> NoEvidence = [];

    [Fact]
    public void Plan_FoundationsFirst_ThenWeightThenModelOrder()
    {
        var roadmap = RoadmapPlanner.Plan(Model, Levels(alpha: 0, beta: 0, gamma: 1), NoEvidence, Levels(alpha: 2, beta: 2, gamma: 1));

        Assert.Equal(["beta 0→1", "alpha 0→1", "beta 1→2", "alpha 1→2"], roadmap.Steps.Select(Describe));
        Assert.Equal([1, 2, 3, 4], roadmap.Steps.Select(s => s.Rank));
        Assert.Equal("does 1", roadmap.Steps[0].Action);
        Assert.Equal("/page/1", roadmap.Steps[0].Link);
        Assert.Equal("effect 2", roadmap.Steps[2].Effect);
    }

    [Fact]
    public void Plan_StepNeedingAnotherDimension_RaisesItFirstAsPrerequisite()
    {
        var roadmap = RoadmapPlanner.Plan(Model, Levels(alpha: 1, beta: 5, gamma: 1), NoEvidence, Levels(alpha: 1, beta: 5, gamma: 2));

        Assert.Equal(["alpha 1→2", "alpha 2→3", "gamma 1→2"], roadmap.Steps.Select(Describe));
        Assert.Equal([StepReason.Prerequisite, StepReason.Prerequisite, StepReason.Target], roadmap.Steps.Select(s => s.Reason));
        Assert.Equal(["gamma name level 2"], roadmap.Steps[1].NeededFor.ToArray());
        Assert.Equal(3, roadmap.Target["alpha"]);
    }

    [Fact]
    public void Plan_ClaimAheadOfEvidence_ComesFirst()
    {
        var roadmap = RoadmapPlanner.Plan(Model, Levels(alpha: 4, beta: 2, gamma: 0), new Dictionary<string, int?> { ["alpha"] = 1, ["beta"] = 2, ["gamma"] = null }, Levels(alpha: 4, beta: 3, gamma: 0));

        Assert.Equal(StepReason.EvidenceGap, roadmap.Steps[0].Reason);
        Assert.Equal("alpha 1→4", Describe(roadmap.Steps[0]));
        Assert.Equal("/page/2", roadmap.Steps[0].Link); // where the next measured level is made
        Assert.Equal(["alpha 1→4", "beta 2→3"], roadmap.Steps.Select(Describe));
    }

    [Fact]
    public void Plan_TargetBelowCurrent_PlansNothingAndKeepsTheLevel()
    {
        var roadmap = RoadmapPlanner.Plan(Model, Levels(alpha: 3, beta: 3, gamma: 3), NoEvidence, Levels(alpha: 1, beta: 1, gamma: 1));

        Assert.Empty(roadmap.Steps);
        Assert.Equal(roadmap.IndexNow, roadmap.IndexAtTarget);
    }

    [Fact]
    public void Plan_ShippedModelToLighthouse_ReachesFiveEverywhereWithPrerequisitesInOrder()
    {
        var model = ShippedModel.Read().Model!;
        var lighthouse = model.FindProfile("lighthouse")!;
        var target = model.Dimensions.ToDictionary(d => d.Id, d => lighthouse.LevelOf(d.Id));

        var roadmap = RoadmapPlanner.Plan(model, new Dictionary<string, int>(), NoEvidence, target);

        Assert.Equal(model.Dimensions.Length * 5, roadmap.Steps.Length);
        var reached = model.Dimensions.ToDictionary(d => d.Id, _ => 0);
        foreach (var step in roadmap.Steps)
        {
            var level = model.Find(step.DimensionId)!.Levels[step.ToLevel];
            Assert.All(level.Requires, r => Assert.True(reached[r.DimensionId] >= r.Level, $"{step.DimensionId} {step.ToLevel} before {r.DimensionId} {r.Level}"));
            reached[step.DimensionId] = step.ToLevel;
        }
        Assert.Equal(5.0, roadmap.IndexAtTarget);
        Assert.Equal(RoadmapPlanner.Plan(model, new Dictionary<string, int>(), NoEvidence, target).Steps.Select(Describe), roadmap.Steps.Select(Describe));
    }

    private static Dictionary<string, int> Levels(int alpha, int beta, int gamma) => new() { ["alpha"] = alpha, ["beta"] = beta, ["gamma"] = gamma };

    private static string Describe(RoadmapStep s) => $"{s.DimensionId} {s.FromLevel}→{s.ToLevel}";
}
