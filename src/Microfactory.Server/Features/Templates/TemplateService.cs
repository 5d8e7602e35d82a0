using System.Collections.Concurrent;
using Microfactory.Core.Validation;
using Microfactory.Design.Capabilities;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Materials;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// The shared design catalogue: designers publish template versions (validated against the
/// platform's materials and capabilities and evaluated with their defaults, then frozen), everybody lists and reads them, and customers turn a
/// version plus parameter values into a design or into messages naming the parameters to change.
/// </summary>
internal sealed class TemplateService(TemplateStore store, MaterialCatalogSnapshot catalog, CapabilityStore capabilities, TimeProvider time, TemplateOwnerStore owners)
{
    public const int MaxSourceLength = 200_000;

    // A published version never changes, so its parsed form can be kept for the life of the process.
    private readonly ConcurrentDictionary<(string Id, string Version), Template> _parsed = new();

    public async Task<ItemPage<PublishedTemplate>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await store.ListLatestAsync(page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<PublishedTemplate>(items, page.Page, page.PageSize, total);
    }

    public Task<IReadOnlyList<PublishedTemplate>> VersionsAsync(string id, CancellationToken cancellationToken) => store.VersionsAsync(id, cancellationToken);

    /// <summary>Who owns a template id (null for an id nobody has published).</summary>
    public async Task<TemplateOwner?> OwnerAsync(string id, CancellationToken cancellationToken) =>
        await owners.FindAsync(id, cancellationToken) is { } claimed ? TemplateOwnership.Effective(id, claimed) : null;

    /// <summary>A version of a template (the latest when <paramref name="version"/> is null or "latest") with its parsed form.</summary>
    public async Task<ServiceResult<(PublishedTemplate Published, Template Template)>> GetAsync(string id, string? version, CancellationToken cancellationToken)
    {
        TemplateVersion? wanted = null;
        if (version is not null and not "latest")
        {
            if (!TemplateVersion.TryParse(version, out var parsed))
            {
                return ServiceResult<(PublishedTemplate, Template)>.Invalid("version", "version must be MAJOR.MINOR.PATCH, such as 1.0.0, or 'latest'.");
            }
            wanted = parsed;
        }
        var published = await store.GetAsync(id, wanted, cancellationToken);
        if (published is null)
        {
            return ServiceResult<(PublishedTemplate, Template)>.NotFound(wanted is null ? $"No template with id '{id}'." : $"Template '{id}' has no version {wanted}.");
        }
        var key = (published.Id, published.Version.ToString());
        if (!_parsed.TryGetValue(key, out var template))
        {
            var result = TemplateDocument.Parse(published.Source, await CatalogAsync(cancellationToken));
            if (result.Template is null)
            {
                // The catalogue changed under a published template (a material it names is gone or changed unit).
                return ServiceResult<(PublishedTemplate, Template)>.Conflict("materials",
                    $"Template '{id}' {published.Version} no longer matches the material catalogue: {string.Join(" ", result.Problems.Select(p => p.Message))}");
            }
            template = _parsed.GetOrAdd(key, result.Template);
        }
        return ServiceResult<(PublishedTemplate, Template)>.Ok((published, template));
    }

    /// <summary>
    /// Validates a template document and, when it is valid, its id is the caller's (or new, or the caller an admin)
    /// and its (id, version) is new, publishes it for good.
    /// </summary>
    public async Task<ServiceResult<PublishedTemplate>> PublishAsync(Caller caller, string? source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return ServiceResult<PublishedTemplate>.Invalid("source", "source is required: send the template's YAML document.");
        }
        if (source.Length > MaxSourceLength)
        {
            return ServiceResult<PublishedTemplate>.Invalid("source", $"source must be at most {MaxSourceLength} characters long.");
        }
        var capabilityIds = (await capabilities.ListAsync(cancellationToken)).Select(c => c.Id);
        var parsed = TemplateDocument.ParseForPublishing(source, await CatalogAsync(cancellationToken), new CapabilityCatalog(capabilityIds), cancellationToken);
        if (parsed.Template is not { } template)
        {
            return ServiceResult<PublishedTemplate>.Invalid([.. parsed.Problems.Select(ToFieldError)]);
        }
        var now = time.GetUtcNow();
        var owner = TemplateOwnership.Effective(template.Id, await owners.ClaimAsync(template.Id, TemplateOwnership.ClaimantFor(template.Id, caller), now, cancellationToken));
        if (!TemplateOwnership.MayPublish(caller, owner))
        {
            return ServiceResult<PublishedTemplate>.Forbidden(
                $"Template id '{template.Id}' belongs to {owner.DisplayName}; only its owner and admins publish versions of it. Publish yours under another id.");
        }
        var published = new PublishedTemplate(template.Metadata, template.Source, caller.UserId, now);
        return await store.InsertAsync(published, cancellationToken)
            ? ServiceResult<PublishedTemplate>.Ok(await store.GetAsync(published.Id, published.Version, cancellationToken) ?? published)
            : ServiceResult<PublishedTemplate>.Conflict("version",
                $"version {template.Version} of '{template.Id}' is already published and published versions never change; publish it as a new version.");
    }

    /// <summary>Evaluates a template version for parameter values (as a customer types them).</summary>
    public async Task<ServiceResult<Design.Evaluation.Design>> DesignAsync(
        string id, string? version, IReadOnlyDictionary<string, string> values, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var found = await GetAsync(id, version, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return found.Outcome switch
            {
                ServiceOutcome.NotFound => ServiceResult<Design.Evaluation.Design>.NotFound(found.Message!),
                ServiceOutcome.Conflict => ServiceResult<Design.Evaluation.Design>.Conflict("materials", found.Message!),
                _ => ServiceResult<Design.Evaluation.Design>.Invalid(found.Errors),
            };
        }
        var result = Evaluate(found.Value.Template, values, await CatalogAsync(cancellationToken), options, cancellationToken);
        return result.Design is { } design
            ? ServiceResult<Design.Evaluation.Design>.Ok(design)
            : ServiceResult<Design.Evaluation.Design>.Invalid([.. result.Problems.SelectMany(ToFieldErrors)]);
    }

    /// <summary>Evaluates an already loaded template: the UI uses this to show each problem beside its field.</summary>
    public static DesignResult Evaluate(Template template, IReadOnlyDictionary<string, string> values, IMaterialCatalog catalog, EvaluationOptions options, CancellationToken cancellationToken) =>
        TemplateEvaluator.Evaluate(template, values, catalog, options, cancellationToken);

    /// <summary>The platform's materials as the design library sees them, priced in the factories' currency (<see cref="DesignMaterials.PriceCurrency"/>).</summary>
    public Task<IMaterialCatalog> CatalogAsync(CancellationToken cancellationToken) => catalog.GetAsync(cancellationToken);

    private static FieldError ToFieldError(TemplateProblem problem)
    {
        var field = string.IsNullOrEmpty(problem.Path) ? "source" : problem.Path;
        return new FieldError(field, $"{field} (line {problem.Line}, column {problem.Column}): {problem.Message}");
    }

    private static IEnumerable<FieldError> ToFieldErrors(DesignProblem problem) =>
        problem.Parameters.Count == 0
            ? [new FieldError("parameters", problem.Message)]
            : problem.Parameters.Select(p => new FieldError($"parameters.{p}", problem.Message));
}
