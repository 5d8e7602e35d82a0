using Microfactory.Core.Access;
using Microfactory.Core.Ids;
using Microfactory.Core.Validation;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Users;

/// <summary>
/// User accounts, passwords, sessions and API keys. Admins create, rename, disable and enable users and
/// see and revoke anybody's keys and sessions; every user changes their own password and manages their own keys.
/// </summary>
internal sealed class UserService(
    UserStore store,
    SessionStore sessions,
    CustomerStore customers,
    PasswordVerifier passwords,
    SignInThrottle throttle,
    IdFactory ids,
    IOptions<SignInSettings> options,
    WallClock time)
{
    public const int MinPasswordLength = 12;

    public async Task<ItemPage<UserAccount>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<UserAccount>(items, page.Page, page.PageSize, await store.CountAsync(cancellationToken));
    }

    public async Task<ServiceResult<UserAccount>> CreateAsync(UserInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (errors.Required("email", input.Email))
        {
            errors.MaxLength("email", input.Email, 254);
            errors.Check(EmailAddresses.LooksValid(input.Email!.Trim()), "email", "email must be an e-mail address such as 'mei@example.com'.");
        }
        errors.Text("displayName", input.DisplayName, 200);
        errors.OneOf("role", input.Role, [.. Roles.All]);
        CheckNewPassword(errors, "password", input.Password);
        if (input.Role == Roles.Customer)
        {
            if (errors.Required("customerId", input.CustomerId) && await customers.GetAsync(input.CustomerId!, cancellationToken) is null)
            {
                errors.Add("customerId", $"customerId '{input.CustomerId}' names no customer.");
            }
        }
        else
        {
            errors.Check(input.CustomerId is null, "customerId", "customerId is only for users with the customer role.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<UserAccount>.Invalid(errors.Errors);
        }
        Roles.TryParse(input.Role, out var role);
        var user = new UserAccount(ids.New(IdPrefix.User), input.Email!.Trim().ToLowerInvariant(), input.DisplayName!.Trim(), role, null, input.CustomerId, time.GetUtcNow(), null);
        user = user with { PasswordHash = passwords.Hash(user, input.Password!) };
        return await store.InsertAsync(user, cancellationToken)
            ? ServiceResult<UserAccount>.Ok(user)
            : ServiceResult<UserAccount>.Conflict("email", $"A user with email '{user.Email}' already exists.");
    }

    public Task<UserAccount?> FindByApiKeyAsync(string token, CancellationToken cancellationToken) =>
        store.FindByApiKeyHashAsync(ApiKeyTokens.Hash(token), cancellationToken);

    public Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken) => store.FindAsync(userId, cancellationToken);

    /// <summary>An admin issues a key for another user (for example a customer's integration); the token is returned once.</summary>
    public async Task<ServiceResult<CreatedApiKeyResponse>> CreateApiKeyForAsync(string userId, ApiKeyInput input, CancellationToken cancellationToken)
    {
        var user = await store.FindAsync(userId, cancellationToken);
        return user is null || user.DisabledAt is not null
            ? ServiceResult<CreatedApiKeyResponse>.NotFound($"No active user with id '{userId}'.")
            : await CreateApiKeyAsync(new Caller(user.Id, user.Role, user.CustomerId), input, cancellationToken);
    }

    public async Task<ServiceResult<CreatedApiKeyResponse>> CreateApiKeyAsync(Caller caller, ApiKeyInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 100);
        if (!errors.IsEmpty)
        {
            return ServiceResult<CreatedApiKeyResponse>.Invalid(errors.Errors);
        }
        var token = ApiKeyTokens.Generate();
        var key = new ApiKeyRecord(ids.New(IdPrefix.ApiKey), caller.UserId, input.Name!.Trim(), ApiKeyTokens.Hash(token), time.GetUtcNow());
        await store.InsertApiKeyAsync(key, cancellationToken);
        return ServiceResult<CreatedApiKeyResponse>.Ok(new CreatedApiKeyResponse(key.Id, key.Name, token, key.CreatedAt));
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(Caller caller, CancellationToken cancellationToken) =>
        store.ListApiKeysAsync(caller.UserId, cancellationToken);

    /// <summary>Revokes a key: admins any user's, everybody else only their own (another user's key is "not found").</summary>
    public async Task<ServiceResult<bool>> RevokeApiKeyAsync(Caller caller, string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (caller.Role == Role.Admin)
        {
            return await store.RevokeAnyApiKeyAsync(keyId, now, cancellationToken)
                ? ServiceResult<bool>.Ok(true)
                : ServiceResult<bool>.NotFound($"No active API key with id '{keyId}'.");
        }
        return await store.RevokeApiKeyAsync(caller.UserId, keyId, now, cancellationToken)
            ? ServiceResult<bool>.Ok(true)
            : ServiceResult<bool>.NotFound($"You have no active API key with id '{keyId}'.");
    }

    public async Task<ServiceResult<UserAccount>> GetAsync(string userId, CancellationToken cancellationToken) =>
        await store.FindAsync(userId, cancellationToken) is { } user
            ? ServiceResult<UserAccount>.Ok(user)
            : ServiceResult<UserAccount>.NotFound($"No user with id '{userId}'.");

    /// <summary>
    /// An admin renames, disables or enables a user (fields left out stay as they are). Disabling ends the user's sessions at once; their API keys
    /// stop working while the user is disabled (and work again on enabling, unless revoked). Admins cannot
    /// disable themselves, so an admin always remains.
    /// </summary>
    public async Task<ServiceResult<UserAccount>> UpdateAsync(Caller caller, string userId, UserPatchInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("displayName", input.DisplayName, 200, required: false);
        errors.Check(input.DisplayName is null || input.DisplayName.Trim().Length > 0, "displayName", "displayName must not be blank.");
        errors.Check(!(input.Disabled == true && userId == caller.UserId), "disabled", "disabled: you cannot disable your own account; another admin must do it.");
        if (!errors.IsEmpty)
        {
            return ServiceResult<UserAccount>.Invalid(errors.Errors);
        }
        var now = time.GetUtcNow();
        if (!await store.UpdateAsync(userId, input.DisplayName?.Trim(), input.Disabled, now, cancellationToken))
        {
            return ServiceResult<UserAccount>.NotFound($"No user with id '{userId}'.");
        }
        if (input.Disabled == true)
        {
            await sessions.RevokeAllAsync(userId, null, now, cancellationToken);
        }
        return await GetAsync(userId, cancellationToken);
    }

    /// <summary>Any user's keys, revoked ones included, for an admin.</summary>
    public async Task<ServiceResult<IReadOnlyList<ApiKeyRecord>>> ListApiKeysOfAsync(string userId, CancellationToken cancellationToken) =>
        await store.FindAsync(userId, cancellationToken) is null
            ? ServiceResult<IReadOnlyList<ApiKeyRecord>>.NotFound($"No user with id '{userId}'.")
            : ServiceResult<IReadOnlyList<ApiKeyRecord>>.Ok(await store.ListApiKeysAsync(userId, cancellationToken));

    /// <summary>A user's sessions that can still be used, most recently used first.</summary>
    public async Task<ServiceResult<IReadOnlyList<UserSession>>> ListSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(userId, cancellationToken) is null)
        {
            return ServiceResult<IReadOnlyList<UserSession>>.NotFound($"No user with id '{userId}'.");
        }
        var now = time.GetUtcNow();
        return ServiceResult<IReadOnlyList<UserSession>>.Ok(
            await sessions.ListOpenAsync(userId, now, now - options.Value.SessionIdleTimeout, cancellationToken));
    }

    /// <summary>Ends a user's sessions, all or all but <paramref name="keepSessionId"/> ("sign out my other browsers").</summary>
    public async Task<ServiceResult<int>> EndSessionsAsync(string userId, string? keepSessionId, CancellationToken cancellationToken) =>
        await store.FindAsync(userId, cancellationToken) is null
            ? ServiceResult<int>.NotFound($"No user with id '{userId}'.")
            : ServiceResult<int>.Ok(await sessions.RevokeAllAsync(userId, keepSessionId, time.GetUtcNow(), cancellationToken));

    /// <summary>
    /// A user changes their own password: the current one is required and checked like a sign-in (wrong ones count
    /// towards the lockout, and a locked account cannot change it), the new one must be 12–200 characters and
    /// differ from the current one. Every other session of the user ends; <paramref name="keepSessionId"/> (the
    /// browser that made the change) stays signed in.
    /// </summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(
        Caller caller, PasswordChangeInput input, string? keepSessionId, string client, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required("currentPassword", input.CurrentPassword);
        errors.MaxLength("currentPassword", input.CurrentPassword, 200);
        CheckNewPassword(errors, "newPassword", input.NewPassword);
        errors.Check(input.NewPassword is null || input.NewPassword != input.CurrentPassword, "newPassword", "newPassword must differ from the current password.");
        if (!errors.IsEmpty)
        {
            return new PasswordChangeResult(0, errors.Errors, null);
        }
        var user = await store.FindAsync(caller.UserId, cancellationToken);
        if (user is null || user.DisabledAt is not null)
        {
            return new PasswordChangeResult(0, [new FieldError("currentPassword", "currentPassword cannot be checked: your account no longer exists or is disabled.")], null);
        }
        if (await throttle.ActiveLockAsync(user.Email, client, cancellationToken) is { } locked)
        {
            return new PasswordChangeResult(0, [], locked);
        }
        if (passwords.Verify(user, input.CurrentPassword!) == PasswordVerificationResult.Failed)
        {
            var lockNow = await throttle.RecordFailureAsync(user.Email, client, cancellationToken);
            return new PasswordChangeResult(0, [new FieldError("currentPassword", "currentPassword is wrong.")], lockNow);
        }
        await throttle.RecordSuccessAsync(user.Email, cancellationToken);
        await store.SetPasswordHashAsync(user.Id, passwords.Hash(user, input.NewPassword!), cancellationToken);
        var ended = await sessions.RevokeAllAsync(user.Id, keepSessionId, time.GetUtcNow(), cancellationToken);
        return new PasswordChangeResult(ended, [], null);
    }

    private static void CheckNewPassword(FieldErrors errors, string field, string? password)
    {
        if (errors.Required(field, password))
        {
            errors.Check(password!.Length is >= MinPasswordLength and <= 200, field, $"{field} must be {MinPasswordLength}–200 characters long.");
        }
    }
}
