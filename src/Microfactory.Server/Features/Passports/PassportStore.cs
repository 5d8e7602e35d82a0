using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Passports;

/// <summary>SQL for listing what has a passport, a page at a time in a stable order (keyset, never offsets): finished units by serial,
/// template versions by id and version number.</summary>
internal sealed class PassportStore(Database database)
{
    /// <summary>Serials of completed units after <paramref name="after"/> (from the first when null), in serial order.</summary>
    public async Task<IReadOnlyList<string>> CompletedSerialsAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = after is null
            ? "SELECT serial FROM units WHERE status = 'Completed' ORDER BY serial LIMIT @limit"
            : "SELECT serial FROM units WHERE status = 'Completed' AND serial > @after ORDER BY serial LIMIT @limit";
        return [.. await connection.QueryAsync<string>(new CommandDefinition(sql, new { after, limit }, cancellationToken: cancellationToken))];
    }

    /// <summary>Template versions after <paramref name="after"/> (from the first when null), by id, then major, minor and patch.</summary>
    public async Task<IReadOnlyList<(string Id, string Version)>> TemplateVersionsAsync((string Id, int Major, int Minor, int Patch)? after, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string Select = "SELECT id AS Id, version AS Version FROM templates";
        const string Order = " ORDER BY id, major, minor, patch LIMIT @limit";
        var rows = after is { } a
            ? await connection.QueryAsync<VersionRow>(new CommandDefinition(
                Select + " WHERE id > @id OR (id = @id AND (major > @major OR (major = @major AND (minor > @minor OR (minor = @minor AND patch > @patch)))))" + Order,
                new { id = a.Id, major = a.Major, minor = a.Minor, patch = a.Patch, limit }, cancellationToken: cancellationToken))
            : await connection.QueryAsync<VersionRow>(new CommandDefinition(Select + Order, new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => (r.Id, r.Version))];
    }

    private sealed class VersionRow
    {
        public string Id { get; init; } = "";
        public string Version { get; init; } = "";
    }
}
