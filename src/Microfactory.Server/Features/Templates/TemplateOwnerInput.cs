using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Templates;

/// <summary>The new owner of a template id: a user id.</summary>
[RequiredFields(nameof(OwnerId))]
internal sealed record TemplateOwnerInput(string? OwnerId);
