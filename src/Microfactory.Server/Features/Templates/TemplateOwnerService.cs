using Microfactory.Core.Access;
using Microfactory.Server.Access;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// Handing a template id to another owner (a colleague taking over, a designer leaving): an admin's decision.
/// The new owner must be an active designer or admin; the shipped templates stay the platform's.
/// </summary>
internal sealed class TemplateOwnerService(TemplateOwnerStore owners, UserStore users)
{
    public async Task<ServiceResult<TemplateOwner>> TransferAsync(string templateId, TemplateOwnerInput input, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(templateId, cancellationToken) is null)
        {
            return ServiceResult<TemplateOwner>.NotFound($"No template with id '{templateId}'.");
        }
        if (TemplateOwnership.IsShipped(templateId))
        {
            return ServiceResult<TemplateOwner>.Invalid("id", $"id '{templateId}' is a template shipped with the platform; it stays the platform's.");
        }
        if (string.IsNullOrWhiteSpace(input.OwnerId))
        {
            return ServiceResult<TemplateOwner>.Invalid("ownerId", "ownerId is required.");
        }
        var user = await users.FindAsync(input.OwnerId, cancellationToken);
        if (user is null || user.DisabledAt is not null || user.Role is not (Role.Designer or Role.Admin))
        {
            return ServiceResult<TemplateOwner>.Invalid("ownerId", $"ownerId '{input.OwnerId}' names no active designer or admin.");
        }
        await owners.TransferAsync(templateId, user.Id, cancellationToken);
        return ServiceResult<TemplateOwner>.Ok(new TemplateOwner(user.Id, user.DisplayName));
    }
}
