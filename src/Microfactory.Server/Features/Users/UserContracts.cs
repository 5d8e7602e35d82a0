using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Users;

/// <summary>A new user as an admin sends it. Customer users must name the customer they act for; staff must not.</summary>
[RequiredFields(nameof(Email), nameof(DisplayName), nameof(Role), nameof(Password))]
internal sealed record UserInput(string? Email, string? DisplayName, string? Role, string? Password, string? CustomerId);

/// <summary>A user on the wire (never the password hash).</summary>
internal sealed record UserResponse(string Id, string Email, string DisplayName, string Role, string? CustomerId, DateTimeOffset CreatedAt, bool Disabled)
{
    public static UserResponse From(UserAccount u) =>
        new(u.Id, u.Email, u.DisplayName, Microfactory.Core.Access.Roles.ToName(u.Role), u.CustomerId, u.CreatedAt, u.DisabledAt is not null);
}

/// <summary>A request for a new API key for the caller.</summary>
[RequiredFields(nameof(Name))]
internal sealed record ApiKeyInput(string? Name);

/// <summary>A freshly created key: <see cref="Token"/> is shown this once and never again.</summary>
internal sealed record CreatedApiKeyResponse(string Id, string Name, string Token, DateTimeOffset CreatedAt);

/// <summary>A stored key as listed: no token, only whether it is still active.</summary>
internal sealed record ApiKeyResponse(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResponse From(ApiKeyRecord k) => new(k.Id, k.Name, k.CreatedAt, k.RevokedAt);
}
