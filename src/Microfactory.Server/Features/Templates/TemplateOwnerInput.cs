namespace Microfactory.Server.Features.Templates;

/// <summary>The new owner of a template id: a user id.</summary>
internal sealed record TemplateOwnerInput(string? OwnerId);
