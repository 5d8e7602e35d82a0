using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Pact;

/// <summary>SQL for <c>pact_clients</c>.</summary>
internal sealed class PactClientStore(Database database)
{
    private const string Columns =
        "id AS Id, name AS Name, secret_hash AS SecretHash, created_by AS CreatedBy, created_at_ms AS CreatedAtMs, revoked_at_ms AS RevokedAtMs, origin AS Origin, " +
        "callback_base_url AS CallbackBaseUrl, callback_auth_base_url AS CallbackAuthBaseUrl, callback_client_id AS CallbackClientId, " +
        "callback_client_secret_protected AS CallbackSecret";

    public async Task<PactClient?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM pact_clients WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToClient();
    }

    /// <summary>Every client, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<PactClient>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM pact_clients ORDER BY created_at_ms DESC, id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToClient())];
    }

    /// <summary>Adds a client; false when its id is taken.</summary>
    public async Task<bool> InsertAsync(PactClient client, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO pact_clients (id, name, secret_hash, created_by, created_at_ms, revoked_at_ms, origin, callback_base_url, callback_auth_base_url,
                callback_client_id, callback_client_secret_protected)
            VALUES (@Id, @Name, @SecretHash, @CreatedBy, @CreatedAtMs, NULL, @Origin, @CallbackBaseUrl, @CallbackAuthBaseUrl, @CallbackClientId, @CallbackSecret)
            ON CONFLICT (id) DO NOTHING
            """, Parameters(client), cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Brings a configured client in step with the configuration: its name, secret and callback, and active again.</summary>
    public async Task UpdateConfiguredAsync(PactClient client, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE pact_clients SET name = @Name, secret_hash = @SecretHash, revoked_at_ms = NULL, origin = @Origin, callback_base_url = @CallbackBaseUrl,
                callback_auth_base_url = @CallbackAuthBaseUrl, callback_client_id = @CallbackClientId, callback_client_secret_protected = @CallbackSecret
            WHERE id = @Id
            """, Parameters(client), cancellationToken: cancellationToken));
    }

    /// <summary>Revokes an active client; false when there is none with that id.</summary>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE pact_clients SET revoked_at_ms = @at WHERE id = @id AND revoked_at_ms IS NULL", new { id, at = UnixTime.ToMs(at) }, cancellationToken: cancellationToken)) == 1;
    }

    private static object Parameters(PactClient c) => new
    {
        c.Id, c.Name, c.SecretHash, c.CreatedBy, CreatedAtMs = UnixTime.ToMs(c.CreatedAt), c.Origin,
        CallbackBaseUrl = c.Callback?.BaseUrl.ToString(), CallbackAuthBaseUrl = c.Callback?.AuthBaseUrl.ToString(),
        CallbackClientId = c.Callback?.ClientId, CallbackSecret = c.Callback?.ProtectedSecret,
    };

    private sealed record Row(
        string Id, string Name, string SecretHash, string CreatedBy, long CreatedAtMs, long? RevokedAtMs, string Origin, string? CallbackBaseUrl,
        string? CallbackAuthBaseUrl, string? CallbackClientId, string? CallbackSecret)
    {
        public PactClient ToClient() => new(
            Id, Name, SecretHash, CreatedBy, UnixTime.FromMs(CreatedAtMs), RevokedAtMs is { } r ? UnixTime.FromMs(r) : null, Origin,
            CallbackBaseUrl is not null && CallbackClientId is not null && CallbackSecret is not null
                ? new PactCallback(new Uri(CallbackBaseUrl), new Uri(CallbackAuthBaseUrl ?? CallbackBaseUrl), CallbackClientId, CallbackSecret)
                : null);
    }
}
