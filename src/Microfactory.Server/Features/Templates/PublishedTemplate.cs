using Microfactory.Design.Templates;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// A template version as stored in the catalogue: its metadata, its YAML source exactly as published, and who
/// published it (user id, and the display name when read back from the catalogue) when.
/// </summary>
internal sealed record PublishedTemplate(TemplateMetadata Metadata, string Source, string PublishedBy, DateTimeOffset PublishedAt, string? PublisherDisplayName = null)
{
    /// <summary>The name to show for the publisher.</summary>
    public string PublisherName => TemplateOwnership.PublisherName(PublishedBy, PublisherDisplayName);

    public string Id => Metadata.Id;

    public TemplateVersion Version => Metadata.Version;
}
