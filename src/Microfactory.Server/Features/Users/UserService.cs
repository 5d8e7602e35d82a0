using Microfactory.Core.Access;
using Microfactory.Core.Ids;
using Microfactory.Core.Validation;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microsoft.AspNetCore.Identity;

namespace Microfactory.Server.Features.Users;

/// <summary>User accounts, password sign-in and API keys.</summary>
internal sealed class UserService(UserStore store, CustomerStore customers, IPasswordHasher<UserAccount> hasher, IdFactory ids, TimeProvider time)
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
        if (errors.Required("password", input.Password))
        {
            errors.Check(input.Password!.Length is >= MinPasswordLength and <= 200, "password", $"password must be {MinPasswordLength}–200 characters long.");
        }
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
        user = user with { PasswordHash = hasher.HashPassword(user, input.Password!) };
        return await store.InsertAsync(user, cancellationToken)
            ? ServiceResult<UserAccount>.Ok(user)
            : ServiceResult<UserAccount>.Conflict("email", $"A user with email '{user.Email}' already exists.");
    }

    /// <summary>The user for an e-mail and password, or null. The same answer for a wrong e-mail and a wrong password.</summary>
    public async Task<UserAccount?> VerifyPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await store.FindByEmailAsync(email, cancellationToken);
        if (user is null || user.PasswordHash is null || user.DisabledAt is not null)
        {
            return null;
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password), cancellationToken);
        }
        return result == PasswordVerificationResult.Failed ? null : user;
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

    public async Task<ServiceResult<bool>> RevokeApiKeyAsync(Caller caller, string keyId, CancellationToken cancellationToken) =>
        await store.RevokeApiKeyAsync(caller.UserId, keyId, time.GetUtcNow(), cancellationToken)
            ? ServiceResult<bool>.Ok(true)
            : ServiceResult<bool>.NotFound($"You have no active API key with id '{keyId}'.");
}
