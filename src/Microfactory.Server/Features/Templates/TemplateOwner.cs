namespace Microfactory.Server.Features.Templates;

/// <summary>Who owns a template id: a user id (or the platform's) and the name to show for it.</summary>
internal sealed record TemplateOwner(string Id, string DisplayName);
