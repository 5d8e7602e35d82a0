using System.Collections.Immutable;
using Microfactory.Core.Validation;
using Microfactory.Maturity.Model;
using Microfactory.Maturity.Roadmaps;
using Microfactory.Maturity.Scoring;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;

namespace Microfactory.Server.Features.Maturity;

/// <summary>
/// Maturity assessments of a factory: the model, kept self-assessments (history, never overwritten), the evidence the
/// platform's data gives, and roadmaps to a target profile. Admins and planners assess; every staff user reads
/// (the API and the pages say who). An assessment of another factory is "not found" under this one.
/// </summary>
internal sealed class MaturityService(MaturityModelSource source, MaturityStore store, MaturityEvidence evidence, FactoryStore factories, UserStore users, IdFactory ids, TimeProvider time)
{
    public const string IdPrefix = "mma";
    public const int MaxNoteLength = 2000;
    public const int MaxLinkLength = 500;
    public const string DefaultProfile = "microfactory";

    public MaturityModel Model => source.Model;

    /// <summary>Null when the factory exists, else the not-found message.</summary>
    public Task<string?> MissingFactoryAsync(string factoryId, CancellationToken cancellationToken) => KnownFactoryAsync(factoryId, cancellationToken);

    public async Task<ServiceResult<EvidenceReport>> EvidenceAsync(string factoryId, CancellationToken cancellationToken) =>
        await KnownFactoryAsync(factoryId, cancellationToken) is { } missing
            ? ServiceResult<EvidenceReport>.NotFound(missing)
            : ServiceResult<EvidenceReport>.Ok(await evidence.MeasureAsync(factoryId, cancellationToken));

    public async Task<ServiceResult<ItemPage<Assessment>>> ListAsync(string factoryId, PageRequest page, CancellationToken cancellationToken)
    {
        if (await KnownFactoryAsync(factoryId, cancellationToken) is { } missing)
        {
            return ServiceResult<ItemPage<Assessment>>.NotFound(missing);
        }
        var (items, total) = await store.ListAsync(factoryId, page.Offset, page.PageSize, cancellationToken);
        return ServiceResult<ItemPage<Assessment>>.Ok(new ItemPage<Assessment>(items, page.Page, page.PageSize, total));
    }

    public async Task<ServiceResult<Assessment>> GetAsync(string factoryId, string id, CancellationToken cancellationToken)
    {
        if (await KnownFactoryAsync(factoryId, cancellationToken) is { } missing)
        {
            return ServiceResult<Assessment>.NotFound(missing);
        }
        return id.Length <= 100 && await store.GetAsync(factoryId, id, cancellationToken) is { } found
            ? ServiceResult<Assessment>.Ok(found)
            : ServiceResult<Assessment>.NotFound($"No maturity assessment with id '{Short(id)}' at factory '{factoryId}'.");
    }

    public async Task<ServiceResult<Assessment>> CreateAsync(Caller caller, string factoryId, AssessmentInput input, CancellationToken cancellationToken)
    {
        if (await KnownFactoryAsync(factoryId, cancellationToken) is { } missing)
        {
            return ServiceResult<Assessment>.NotFound(missing);
        }
        var errors = new FieldErrors();
        errors.Check(input.FactoryId is null || input.FactoryId == factoryId, "factoryId",
            $"factoryId in the body must be the factory of the URL ('{factoryId}') or be left out: an assessment is made for the factory it is posted to.");
        errors.Text("note", input.Note, MaxNoteLength, required: false);
        var answers = ValidateAnswers(input.Answers, errors);
        if (!errors.IsEmpty)
        {
            return ServiceResult<Assessment>.Invalid(errors.Errors);
        }
        var measured = (await evidence.MeasureAsync(factoryId, cancellationToken)).MeasuredLevels;
        var author = await users.FindAsync(caller.UserId, cancellationToken);
        var ordered = Model.Dimensions.Select(d => answers[d.Id]).Select(a => a with { MeasuredLevel = measured.GetValueOrDefault(a.DimensionId) });
        var assessment = new Assessment(ids.New(IdPrefix), factoryId, Model.Id, Model.Version, caller.UserId, author?.DisplayName ?? caller.UserId,
            Blank(input.Note), [.. ordered], time.GetUtcNow());
        await store.InsertAsync(assessment, cancellationToken);
        return ServiceResult<Assessment>.Ok(assessment);
    }

    public async Task<ServiceResult<RoadmapReport>> RoadmapAsync(string factoryId, RoadmapInput input, CancellationToken cancellationToken)
    {
        if (await KnownFactoryAsync(factoryId, cancellationToken) is { } missing)
        {
            return ServiceResult<RoadmapReport>.NotFound(missing);
        }
        var errors = new FieldErrors();
        var profile = Model.FindProfile(input.Profile ?? DefaultProfile) ?? (input.Profile is null ? Model.Profiles[0] : null);
        if (profile is null)
        {
            errors.Add("profile", $"profile must be one of: {string.Join(", ", Model.Profiles.Select(p => p.Id))}.");
        }
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (dimension, level) in input.Targets ?? new Dictionary<string, int>())
        {
            var field = $"targets.{Short(dimension)}";
            if (Model.Find(dimension) is null)
            {
                errors.Add(field, $"{field}: '{Short(dimension)}' is not a dimension of the model {Model.Version}; the dimensions are: {string.Join(", ", Model.Dimensions.Select(d => d.Id))}.");
            }
            else if (level is < MaturityModel.MinLevel or > MaturityModel.MaxLevel)
            {
                errors.Add(field, $"{field} must be between 0 and 5.");
            }
            else
            {
                targets[dimension] = level;
            }
        }
        Assessment? basedOn = null;
        if (input.AssessmentId is { } assessmentId)
        {
            basedOn = assessmentId.Length <= 100 ? await store.GetAsync(factoryId, assessmentId, cancellationToken) : null;
            errors.Check(basedOn is not null, "assessmentId", $"assessmentId '{Short(assessmentId)}' names no maturity assessment of factory '{factoryId}'.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<RoadmapReport>.Invalid(errors.Errors);
        }
        return ServiceResult<RoadmapReport>.Ok(await PlanAsync(factoryId, basedOn, profile!, targets, cancellationToken));
    }

    /// <summary>
    /// The roadmap from an assessment (default: the latest; none yet: the measured levels, else 0) to the profile's
    /// levels with <paramref name="targets"/> overriding, and the progress since the assessment before it.
    /// </summary>
    private async Task<RoadmapReport> PlanAsync(string factoryId, Assessment? basedOn, TargetProfile profile, Dictionary<string, int> targets, CancellationToken cancellationToken)
    {
        var (recent, _) = await store.ListAsync(factoryId, 0, PageRequest.MaxPageSize, cancellationToken);
        basedOn ??= recent.FirstOrDefault();
        var previous = basedOn is null ? null : recent.SkipWhile(a => a.Id != basedOn.Id).Skip(1).FirstOrDefault();
        var measured = await evidence.MeasureAsync(factoryId, cancellationToken);
        var current = basedOn?.Levels.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, int>(measured.KnownLevels, StringComparer.Ordinal);
        var target = Model.Dimensions.ToDictionary(d => d.Id, d => targets.TryGetValue(d.Id, out var t) ? t : profile.LevelOf(d.Id), StringComparer.Ordinal);
        var roadmap = RoadmapPlanner.Plan(Model, current, measured.MeasuredLevels, target);
        var progress = basedOn is not null && previous is not null ? Progress.Between(Model, previous.Levels, basedOn.Levels) : null;
        return new RoadmapReport(factoryId, basedOn, previous, profile, target.ToImmutableDictionary(StringComparer.Ordinal), roadmap, progress, measured);
    }

    private Dictionary<string, AssessmentAnswer> ValidateAnswers(IReadOnlyList<AnswerInput?>? answers, FieldErrors errors)
    {
        var valid = new Dictionary<string, AssessmentAnswer>(StringComparer.Ordinal);
        if (!errors.Required("answers", answers))
        {
            return valid;
        }
        if (answers!.Count > Model.Dimensions.Length)
        {
            errors.Add("answers", $"answers may hold at most one answer per dimension ({Model.Dimensions.Length}).");
            return valid;
        }
        for (var i = 0; i < answers.Count; i++)
        {
            var field = $"answers[{i}]";
            if (answers[i] is not { } answer)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            var known = errors.Required($"{field}.dimension", answer.Dimension) && Model.Find(answer.Dimension!) is not null;
            if (answer.Dimension is { Length: > 0 } id && !known)
            {
                errors.Add($"{field}.dimension", $"{field}.dimension '{Short(id)}' is not a dimension of the model {Model.Version}; the dimensions are: {string.Join(", ", Model.Dimensions.Select(d => d.Id))}.");
            }
            errors.Range($"{field}.level", answer.Level, MaturityModel.MinLevel, MaturityModel.MaxLevel);
            errors.Text($"{field}.note", answer.Note, MaxNoteLength, required: false);
            if (answer.EvidenceLink is { Length: > 0 } link)
            {
                errors.Check(link.Length <= MaxLinkLength && IsLink(link), $"{field}.evidenceLink",
                    $"{field}.evidenceLink must be an http or https address, or a path of the platform starting with '/', at most {MaxLinkLength} characters.");
            }
            if (known && valid.ContainsKey(answer.Dimension!))
            {
                errors.Add($"{field}.dimension", $"{field}.dimension '{answer.Dimension}' is answered twice; answer each dimension once.");
            }
            else if (known && answer.Level is >= MaturityModel.MinLevel and <= MaturityModel.MaxLevel)
            {
                valid[answer.Dimension!] = new AssessmentAnswer(answer.Dimension!, answer.Level.Value, null, Blank(answer.Note), Blank(answer.EvidenceLink));
            }
        }
        var unanswered = Model.Dimensions.Where(d => !valid.ContainsKey(d.Id)).Select(d => d.Id).ToList();
        if (errors.IsEmpty && unanswered.Count > 0)
        {
            errors.Add("answers", $"answers must answer every dimension of the model {Model.Version}; not answered: {string.Join(", ", unanswered)}.");
        }
        return valid;
    }

    private static bool IsLink(string link) =>
        link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && link.All(c => c > ' ' && c < 127)
        || Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private async Task<string?> KnownFactoryAsync(string factoryId, CancellationToken cancellationToken) =>
        factoryId.Length <= 100 && await factories.ExistsAsync(factoryId, cancellationToken) ? null : $"No factory with id '{Short(factoryId)}'.";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Short(string text) => text.Length <= 100 ? text : text[..20] + "…";
}

/// <summary>A roadmap with what it was made from: the assessment (null: measured levels), the one before it, the profile and targets, the evidence.</summary>
internal sealed record RoadmapReport(
    string FactoryId,
    Assessment? BasedOn,
    Assessment? Previous,
    TargetProfile Profile,
    ImmutableDictionary<string, int> ChosenTarget,
    Roadmap Roadmap,
    Progress? Progress,
    EvidenceReport Evidence);
