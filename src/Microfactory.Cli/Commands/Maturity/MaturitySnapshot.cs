using Microfactory.Core.Factories;
using Microfactory.Maturity.Model;
using Microfactory.Server.Features.Maturity;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// What <c>mf maturity</c> shows or exports for one factory: the model, the chosen assessment (the latest unless one
/// was named; null when the factory has none yet), the kept history (newest first), and the roadmap to the chosen
/// profile with the evidence measured for it (<see cref="RoadmapReport.Evidence"/>: one measurement, the same the
/// roadmap was planned from).
/// </summary>
internal sealed record MaturitySnapshot(Factory Factory, MaturityModel Model, Assessment? Assessment, IReadOnlyList<Assessment> History, long HistoryTotal, RoadmapReport Roadmap)
{
    public EvidenceReport Evidence => Roadmap.Evidence;

    /// <summary>How to make an assessment, for a factory that has none: the page (admins and planners) or the API.</summary>
    public string HowToAssess =>
        $"No maturity assessment of {Factory.Name} ({Factory.Id}) yet. Make one on the maturity page (/maturity?factory={Factory.Id}, signed in as an admin or planner) "
        + $"or with POST /api/v1/factories/{Factory.Id}/maturity/assessments (one answer per dimension, level 0-5; the fields are in the API reference at /api/reference).";
}
