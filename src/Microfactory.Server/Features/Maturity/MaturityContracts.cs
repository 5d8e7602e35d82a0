using System.Text.Json.Serialization;
using Microfactory.Maturity.Evidence;
using Microfactory.Maturity.Model;
using Microfactory.Maturity.Roadmaps;
using Microfactory.Maturity.Scoring;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Maturity;

/// <summary>
/// A self-assessment as clients send it: one answer per dimension of the model (all of them), each a level from 0 to
/// 5 with an optional note and evidence link. <c>factoryId</c> may be left out; if given it must be the URL's factory.
/// </summary>
[RequiredFields(nameof(Answers))]
internal sealed record AssessmentInput(
    string? FactoryId,
    [property: JsonConverter(typeof(MultiLineTextConverter))] string? Note,
    IReadOnlyList<AnswerInput?>? Answers);

/// <summary>One answer: the dimension's id (see GET …/maturity/model), the level 0–5, why, and where the evidence is (an http(s) address or a platform path).</summary>
[RequiredFields(nameof(Dimension), nameof(Level))]
internal sealed record AnswerInput(
    string? Dimension,
    int? Level,
    [property: JsonConverter(typeof(MultiLineTextConverter))] string? Note,
    string? EvidenceLink);

/// <summary>
/// What a roadmap is planned from: an assessment of this factory (default: the latest; with none, the measured
/// levels), a target profile of the model (default: microfactory) and per-dimension target levels that override it.
/// </summary>
internal sealed record RoadmapInput(string? AssessmentId, string? Profile, IReadOnlyDictionary<string, int>? Targets);

/// <summary>The maturity model on the wire.</summary>
internal sealed record MaturityModelResponse(string Id, string Version, string Title, string Description, IReadOnlyList<GroupResponse> Groups, IReadOnlyList<DimensionResponse> Dimensions, IReadOnlyList<ProfileResponse> Profiles)
{
    public static MaturityModelResponse From(MaturityModel m) =>
        new(m.Id, m.Version, m.Title, m.Description,
            [.. m.Groups.Select(g => new GroupResponse(g.Id, g.Name, g.Description))],
            [.. m.Dimensions.Select(d => new DimensionResponse(d.Id, d.GroupId, d.Name, d.Question, d.Weight,
                [.. d.Levels.Select(l => new LevelResponse(l.Number, l.Does, l.Link, l.LinkLabel, l.Planned, l.Effect, [.. l.Requires.Select(r => new PrerequisiteResponse(r.DimensionId, r.Level))]))],
                [.. d.Evidence.Select(e => new EvidenceRuleResponse(e.Figure, e.Label, e.Unit, e.Planned, [.. e.Thresholds]))]))],
            [.. m.Profiles.Select(p => new ProfileResponse(p.Id, p.Name, p.Description, m.Dimensions.ToDictionary(d => d.Id, d => p.LevelOf(d.Id), StringComparer.Ordinal)))]);
}

/// <summary>A group of dimensions.</summary>
internal sealed record GroupResponse(string Id, string Name, string Description);

/// <summary>A dimension with its six levels and the figures that measure it.</summary>
internal sealed record DimensionResponse(string Id, string Group, string Name, string Question, double Weight, IReadOnlyList<LevelResponse> Levels, IReadOnlyList<EvidenceRuleResponse> Evidence);

/// <summary>A level: what a factory there does; for 1–5 the platform link or planned capability that gets it there, and the effect.</summary>
internal sealed record LevelResponse(int Level, string Does, string? Link, string? LinkLabel, string? Planned, string? Effect, IReadOnlyList<PrerequisiteResponse> Requires);

/// <summary>Another dimension's level that comes first.</summary>
internal sealed record PrerequisiteResponse(string Dimension, int Level);

/// <summary>A measured figure and the least value of it for levels 1–5 (null: this figure cannot show that level).</summary>
internal sealed record EvidenceRuleResponse(string Figure, string Label, FigureUnit Unit, bool Planned, IReadOnlyList<double?> Thresholds);

/// <summary>A target profile with its level for every dimension.</summary>
internal sealed record ProfileResponse(string Id, string Name, string Description, IReadOnlyDictionary<string, int> Levels);

/// <summary>A kept assessment with its scores: the overall index and group scores (0–5), each answer beside the level measured when it was made.</summary>
internal sealed record AssessmentResponse(
    string Id,
    string FactoryId,
    string ModelId,
    string ModelVersion,
    string AuthorId,
    string AuthorName,
    string? Note,
    DateTimeOffset CreatedAt,
    double? Index,
    double? MeasuredIndex,
    IReadOnlyList<GroupScoreResponse> Groups,
    IReadOnlyList<AnswerResponse> Answers)
{
    public static Func<Assessment, AssessmentResponse> For(MaturityModel model) => a =>
    {
        var measured = a.Answers.Where(x => x.MeasuredLevel is not null).ToDictionary(x => x.DimensionId, x => x.MeasuredLevel!.Value, StringComparer.Ordinal);
        return new AssessmentResponse(a.Id, a.FactoryId, a.ModelId, a.ModelVersion, a.AuthorId, a.AuthorName, a.Note, a.CreatedAt,
            MaturityScore.Index(model, a.Levels), MaturityScore.Index(model, measured),
            [.. MaturityScore.Groups(model, a.Levels).Select(g => new GroupScoreResponse(g.GroupId, g.Name, g.Level))],
            [.. a.Answers.Select(x => new AnswerResponse(x.DimensionId, x.Level, x.MeasuredLevel, x.MeasuredLevel is { } m ? x.Level - m : null, x.Note, x.EvidenceLink))]);
    };
}

/// <summary>A group's weighted mean level (0–5, one decimal).</summary>
internal sealed record GroupScoreResponse(string Group, string Name, double? Level);

/// <summary>An answer: claimed level, the level measured when it was given (null: no data yet), the gap (claimed minus measured), note and link.</summary>
internal sealed record AnswerResponse(string Dimension, int Level, int? MeasuredLevel, int? Gap, string? Note, string? EvidenceLink);

/// <summary>The evidence of a factory now: a measured level per dimension (null: no data yet, with the reason) and the figures behind it.</summary>
internal sealed record EvidenceResponse(string FactoryId, string ModelVersion, DateTimeOffset MeasuredAt, double? MeasuredIndex, IReadOnlyList<DimensionEvidenceResponse> Dimensions)
{
    public static Func<EvidenceReport, EvidenceResponse> For(MaturityModel model) => r =>
        new(r.FactoryId, model.Version, r.MeasuredAt, MaturityScore.Index(model, r.KnownLevels), [.. r.Dimensions.Select(d => DimensionEvidenceResponse.From(model, d))]);
}

/// <summary>One dimension's evidence.</summary>
internal sealed record DimensionEvidenceResponse(string Dimension, string Name, int? MeasuredLevel, string? NoDataReason, IReadOnlyList<FigureResponse> Figures)
{
    public static DimensionEvidenceResponse From(MaturityModel model, DimensionEvidence d) =>
        new(d.DimensionId, model.Find(d.DimensionId)!.Name, d.MeasuredLevel, d.NoDataReason,
            [.. d.Figures.Select(f => new FigureResponse(f.Rule.Figure, f.Rule.Label, f.Rule.Unit, f.Status, f.Value, f.Level, f.Detail))]);
}

/// <summary>A figure: measured (value and the level it shows), no data yet, or not recorded by the platform yet; the detail says what lies behind it.</summary>
internal sealed record FigureResponse(string Figure, string Label, FigureUnit Unit, FigureStatus Status, double? Value, int? Level, string Detail);

/// <summary>A roadmap: what it starts from, the target planned for, the prioritised steps, and the progress since the assessment before.</summary>
internal sealed record RoadmapResponse(
    string FactoryId,
    string? AssessmentId,
    string Profile,
    double? IndexNow,
    double? IndexAtTarget,
    IReadOnlyDictionary<string, int> Current,
    IReadOnlyDictionary<string, int> Target,
    IReadOnlyList<StepResponse> Steps,
    ProgressResponse? Progress)
{
    public static RoadmapResponse From(RoadmapReport r) =>
        new(r.FactoryId, r.BasedOn?.Id, r.Profile.Id, r.Roadmap.IndexNow, r.Roadmap.IndexAtTarget, r.Roadmap.Current, r.Roadmap.Target,
            [.. r.Roadmap.Steps.Select(StepResponse.From)],
            r.Progress is { } p ? new ProgressResponse(r.Previous!.Id, r.BasedOn!.Id, p.IndexFrom, p.IndexTo,
                [.. p.Dimensions.Select(d => new DimensionProgressResponse(d.DimensionId, d.From, d.To, d.Change))]) : null);
}

/// <summary>A roadmap step, rank 1 first.</summary>
internal sealed record StepResponse(int Rank, StepReason Reason, string Dimension, string DimensionName, int FromLevel, int ToLevel, string Action, string? Link, string? LinkLabel, string? Planned, string Effect, IReadOnlyList<string> NeededFor)
{
    public static StepResponse From(RoadmapStep s) =>
        new(s.Rank, s.Reason, s.DimensionId, s.DimensionName, s.FromLevel, s.ToLevel, s.Action, s.Link, s.LinkLabel, s.Planned, s.Effect, [.. s.NeededFor]);
}

/// <summary>How the levels moved from the earlier assessment to the later one.</summary>
internal sealed record ProgressResponse(string FromAssessmentId, string ToAssessmentId, double? IndexFrom, double? IndexTo, IReadOnlyList<DimensionProgressResponse> Dimensions);

/// <summary>One dimension's move.</summary>
internal sealed record DimensionProgressResponse(string Dimension, int? From, int? To, int? Change);
