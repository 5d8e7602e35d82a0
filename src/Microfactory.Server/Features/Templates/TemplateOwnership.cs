using Microfactory.Core.Access;
using Microfactory.Design.Catalogue;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// The rules of template ownership. A template id belongs to whoever first published it; only its owner and
/// admins publish further versions. The ids of the templates shipped with the platform belong to the platform
/// whoever asks, so nobody can take them over, even on a server that was started without the demo seed.
/// </summary>
internal static class TemplateOwnership
{
    public const string PlatformName = "Microfactory platform";

    /// <summary>The platform's own id (seeding and the CLI publish as <see cref="Caller.System"/>).</summary>
    public static string PlatformId => Caller.System.UserId;

    /// <summary>Who would own <paramref name="templateId"/> if <paramref name="caller"/> published it first.</summary>
    public static string ClaimantFor(string templateId, Caller caller) => IsShipped(templateId) ? PlatformId : caller.UserId;

    /// <summary>The owner that counts: the platform for a shipped id, else the stored claim.</summary>
    public static TemplateOwner Effective(string templateId, TemplateOwner claimed) =>
        IsShipped(templateId) ? new TemplateOwner(PlatformId, PlatformName) : claimed;

    public static bool MayPublish(Caller caller, TemplateOwner owner) => caller.Role == Role.Admin || caller.UserId == owner.Id;

    /// <summary>The name shown for a publisher: the user's display name, the platform's name, or the bare id of a user that is gone.</summary>
    public static string PublisherName(string publisherId, string? displayName) =>
        displayName ?? (publisherId == PlatformId ? PlatformName : publisherId);

    /// <summary>Whether the id is one of the templates shipped with the platform.</summary>
    public static bool IsShipped(string templateId) => ShippedTemplates.Find(templateId) is not null;
}
