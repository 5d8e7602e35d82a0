using Microfactory.Core.Validation;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT clients: admins create (the secret is returned once), list and revoke them; the configured ones are kept in
/// step at start; the token endpoint checks credentials here. Callback secrets are kept protected with the server's
/// data-protection keys and unprotected only to answer a request.
/// </summary>
internal sealed class PactClientService(PactClientStore store, IdFactory ids, WallClock time, IDataProtectionProvider protection, IOptions<PactOptions> options, ILogger<PactClientService> logger)
{
    private readonly IDataProtector _callbackSecrets = protection.CreateProtector("Microfactory.Pact.CallbackSecret.v1");

    public async Task<ServiceResult<CreatedPactClientResponse>> CreateAsync(Caller caller, PactClientInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        var callback = Callback(input.Callback, "callback", errors);
        if (!errors.IsEmpty)
        {
            return ServiceResult<CreatedPactClientResponse>.Invalid(errors.Errors);
        }
        var secret = PactSecrets.NewSecret();
        var client = new PactClient(ids.New("pcl"), input.Name!.Trim(), PactSecrets.Hash(secret), caller.UserId, time.GetUtcNow(), null, PactClient.FromApi, callback);
        if (!await store.InsertAsync(client, cancellationToken))
        {
            throw new InvalidOperationException($"A new PACT client id {client.Id} was taken.");
        }
        logger.LogInformation("PACT client {ClientId} ({Name}) created by {UserId}", client.Id, client.Name, caller.UserId);
        return ServiceResult<CreatedPactClientResponse>.Ok(new CreatedPactClientResponse(
            client.Id, secret, client.Name, client.CreatedAt, client.CreatedBy, PactCallbackResponse.From(client.Callback)));
    }

    public Task<IReadOnlyList<PactClient>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<ServiceResult<bool>> RevokeAsync(string id, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, time.GetUtcNow(), cancellationToken)
            ? ServiceResult<bool>.Ok(true)
            : ServiceResult<bool>.NotFound($"No active PACT client with id '{(id.Length <= 100 ? id : id[..100] + "…")}'.");

    /// <summary>The active client with these credentials, or null (unknown id, wrong secret and revoked look the same).</summary>
    public async Task<PactClient?> AuthenticateAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        if (!PactSecrets.IsClientId(clientId) || secret.Length is 0 or > PactSecrets.MaxSecretLength)
        {
            return null;
        }
        var client = await store.GetAsync(clientId, cancellationToken);
        // Hash the secret even for an unknown client, so the answer takes as long either way.
        var matches = PactSecrets.Matches(secret, client?.SecretHash ?? new string('0', 64));
        return client is { Active: true } && matches ? client : null;
    }

    /// <summary>An active client by id (a token's subject).</summary>
    public async Task<PactClient?> ActiveAsync(string clientId, CancellationToken cancellationToken) =>
        PactSecrets.IsClientId(clientId) && await store.GetAsync(clientId, cancellationToken) is { Active: true } client ? client : null;

    /// <summary>The callback secret in clear, to authenticate at the client's own host.</summary>
    public string CallbackSecret(PactCallback callback) => _callbackSecrets.Unprotect(callback.ProtectedSecret);

    /// <summary>Registers the clients of <c>Microfactory:Pact:Clients</c>, updates changed ones and revokes configured ones no longer listed.</summary>
    public async Task ApplyConfigurationAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.Clients;
        var existing = (await store.ListAsync(cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (entry, i) in configured.Select((c, i) => (c, i)))
        {
            var errors = new FieldErrors();
            var callback = entry.CallbackBaseUrl is null && entry.CallbackClientId is null && entry.CallbackClientSecret is null
                ? null
                : Callback(new PactCallbackInput(entry.CallbackBaseUrl, entry.CallbackAuthBaseUrl, entry.CallbackClientId, entry.CallbackClientSecret), $"{PactOptions.Section}:Clients:{i}:Callback", errors);
            if (!errors.IsEmpty)
            {
                throw new InvalidOperationException(string.Join(" ", errors.Errors.Select(e => $"{e.Field}: {e.Message}")));
            }
            var client = new PactClient(entry.ClientId, entry.Name ?? $"{entry.ClientId} (configured)", PactSecrets.Hash(entry.ClientSecret), Caller.System.UserId,
                time.GetUtcNow(), null, PactClient.FromConfiguration, callback);
            if (existing.TryGetValue(client.Id, out var known))
            {
                await store.UpdateConfiguredAsync(client with { CreatedAt = known.CreatedAt, CreatedBy = known.CreatedBy }, cancellationToken);
            }
            else
            {
                await store.InsertAsync(client, cancellationToken);
                logger.LogInformation("PACT client {ClientId} registered from configuration", client.Id);
            }
        }
        var listed = configured.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Values.Where(c => c.Origin == PactClient.FromConfiguration && c.Active && !listed.Contains(c.Id)))
        {
            await store.RevokeAsync(gone.Id, time.GetUtcNow(), cancellationToken);
            logger.LogInformation("PACT client {ClientId} revoked: no longer in configuration", gone.Id);
        }
    }

    private PactCallback? Callback(PactCallbackInput? input, string field, FieldErrors errors)
    {
        if (input is null)
        {
            return null;
        }
        var baseUrl = HttpsUrl(input.BaseUrl, $"{field}.baseUrl", required: true, errors);
        var authBaseUrl = HttpsUrl(input.AuthBaseUrl, $"{field}.authBaseUrl", required: false, errors);
        errors.Text($"{field}.clientId", input.ClientId, 200);
        errors.Text($"{field}.clientSecret", input.ClientSecret, 512);
        if (baseUrl is null || input.ClientId is not { Length: > 0 } || input.ClientSecret is not { Length: > 0 } || !errors.IsEmpty)
        {
            return null;
        }
        return new PactCallback(baseUrl, authBaseUrl ?? baseUrl, input.ClientId.Trim(), _callbackSecrets.Protect(input.ClientSecret));
    }

    /// <summary>An absolute https URL without query or fragment, its path the base the PACT paths go under.</summary>
    private static Uri? HttpsUrl(string? text, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{field} is required.");
            }
            return null;
        }
        if (text.Length > 2000 || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add(field, $"{field} must be an absolute https URL without query, fragment or credentials, such as https://pact.example.com (PACT is served over HTTPS only).");
            return null;
        }
        return uri;
    }
}
