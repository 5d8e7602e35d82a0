using System.Security.Cryptography;
using Microfactory.Core.Access;
using Microfactory.Core.Ids;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>
/// Makes sure somebody can administer a fresh server. On the first start (no users) it creates the
/// admin account; a configured admin API key is registered idempotently at every start. Secrets that
/// were generated rather than configured are written to the console once and never stored in clear.
/// </summary>
internal sealed class AccessBootstrap(
    UserStore users,
    IPasswordHasher<UserAccount> hasher,
    IdFactory ids,
    WallClock time,
    IOptions<MicrofactoryOptions> options,
    ILogger<AccessBootstrap> logger)
{
    public const int MinApiKeyLength = 20;

    /// <summary>Runs the bootstrap; <paramref name="console"/> receives generated one-time secrets.</summary>
    public async Task RunAsync(TextWriter console, CancellationToken cancellationToken)
    {
        var bootstrap = options.Value.Bootstrap;
        if (bootstrap.AdminApiKey is { Length: < MinApiKeyLength })
        {
            throw new InvalidOperationException($"Microfactory:Bootstrap:AdminApiKey must be at least {MinApiKeyLength} characters long.");
        }
        if (bootstrap.AdminPassword is { Length: < 12 })
        {
            throw new InvalidOperationException("Microfactory:Bootstrap:AdminPassword must be at least 12 characters long.");
        }
        var email = bootstrap.AdminEmail.Trim().ToLowerInvariant();
        var admin = await users.FindByEmailAsync(email, cancellationToken);
        var firstStart = await users.CountAsync(cancellationToken) == 0;
        string? generatedPassword = null;
        if (admin is null && firstStart)
        {
            var password = bootstrap.AdminPassword ?? (generatedPassword = RandomSecret(18));
            admin = new UserAccount(ids.New(IdPrefix.User), email, "Administrator", Role.Admin, null, null, time.GetUtcNow(), null);
            admin = admin with { PasswordHash = hasher.HashPassword(admin, password) };
            await users.InsertAsync(admin, cancellationToken);
            logger.LogInformation("Created the initial administrator {Email}", email);
        }
        if (admin is null)
        {
            if (bootstrap.AdminApiKey is not null)
            {
                logger.LogWarning("Microfactory:Bootstrap:AdminApiKey is set but no user {Email} exists; the key was not registered", email);
            }
            return;
        }
        string? generatedKey = null;
        var key = bootstrap.AdminApiKey ?? (firstStart ? generatedKey = ApiKeyTokens.Generate() : null);
        if (key is not null)
        {
            await users.InsertApiKeyAsync(new ApiKeyRecord(ids.New(IdPrefix.ApiKey), admin.Id, "bootstrap", ApiKeyTokens.Hash(key), time.GetUtcNow()), cancellationToken);
        }
        if (generatedKey is not null || generatedPassword is not null)
        {
            await console.WriteLineAsync();
            await console.WriteLineAsync("  Microfactory first start: an administrator was created. These secrets are shown ONCE; store them now.");
            await console.WriteLineAsync($"    admin e-mail    {email}");
            if (generatedPassword is not null)
            {
                await console.WriteLineAsync($"    admin password  {generatedPassword}");
            }
            if (generatedKey is not null)
            {
                await console.WriteLineAsync($"    admin API key   {generatedKey}   (send as 'Authorization: Bearer <key>')");
            }
            await console.WriteLineAsync();
        }
    }

    private static string RandomSecret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
