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

/// <summary>
/// An admin's change to a user: any field left out stays as it is (an empty object changes nothing). Disabling
/// ends the user's sessions and stops their API keys.
/// </summary>
internal sealed record UserPatchInput(bool? Disabled, string? DisplayName);

/// <summary>A user's change of their own password.</summary>
[RequiredFields(nameof(CurrentPassword), nameof(NewPassword))]
internal sealed record PasswordChangeInput(string? CurrentPassword, string? NewPassword);

/// <summary>What a password change did: the other sessions it ended.</summary>
internal sealed record PasswordChangedResponse(int SessionsEnded);

/// <summary>Sessions an admin ended.</summary>
internal sealed record SessionsEndedResponse(int SessionsEnded);

/// <summary>A signed-in browser of a user: where from, since when, last used.</summary>
internal sealed record SessionResponse(string Id, string Client, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt)
{
    public static SessionResponse From(UserSession s) => new(s.Id, s.Client, s.CreatedAt, s.LastSeenAt, s.ExpiresAt);
}
