using Microfactory.Core.Access;

namespace Microfactory.Server.Access;

/// <summary>A person who signs in. Customers carry the <see cref="CustomerId"/> they act for; staff do not.</summary>
internal sealed record UserAccount(
    string Id,
    string Email,
    string DisplayName,
    Role Role,
    string? PasswordHash,
    string? CustomerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);
