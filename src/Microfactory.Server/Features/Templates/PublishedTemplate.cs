using Microfactory.Design.Templates;

namespace Microfactory.Server.Features.Templates;

/// <summary>A template version as stored in the catalogue: its metadata, its YAML source exactly as published, and who published it when.</summary>
internal sealed record PublishedTemplate(TemplateMetadata Metadata, string Source, string PublishedBy, DateTimeOffset PublishedAt)
{
    public string Id => Metadata.Id;

    public TemplateVersion Version => Metadata.Version;
}
