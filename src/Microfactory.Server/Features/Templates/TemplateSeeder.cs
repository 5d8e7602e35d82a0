using Microfactory.Design.Catalogue;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// Publishes the templates shipped with the platform into the catalogue, each through the same
/// validation as a designer's. Versions already published are left alone, so it is safe at every start.
/// </summary>
internal sealed class TemplateSeeder(TemplateService templates, ILogger<TemplateSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var shipped in ShippedTemplates.All)
        {
            var result = await templates.PublishAsync(Caller.System, shipped.Yaml, cancellationToken);
            switch (result.Outcome)
            {
                case ServiceOutcome.Ok:
                    published++;
                    break;
                case ServiceOutcome.Conflict:
                    break; // this version is in the catalogue already
                default:
                    logger.LogWarning("The shipped template {Template} does not fit this platform's materials or capabilities and was not published: {Problems}",
                        shipped.Id, string.Join(" ", result.Errors.Select(e => e.Message)));
                    break;
            }
        }
        if (published > 0)
        {
            logger.LogInformation("Published {Count} shipped template(s) to the design catalogue", published);
        }
        return published;
    }
}
