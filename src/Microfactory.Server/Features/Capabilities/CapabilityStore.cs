using Dapper;
using Microfactory.Core.Capabilities;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Capabilities;

/// <summary>SQL for the capability vocabulary that machines offer and routings ask for.</summary>
internal sealed class CapabilityStore(Database database)
{
    public async Task<IReadOnlyList<Capability>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CapabilityRow>("SELECT id AS Id, name AS Name, description AS Description FROM capabilities ORDER BY id");
        return [.. rows.Select(r => new Capability(r.Id, r.Name, r.Description))];
    }

    public async Task<IReadOnlySet<string>> ExistingIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return new HashSet<string>();
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QueryAsync<string>($"SELECT id FROM capabilities WHERE {SqlLists.AnyOf(connection, "id", "wanted")}", new { wanted });
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> InsertAsync(Capability capability, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "INSERT INTO capabilities (id, name, description) VALUES (@Id, @Name, @Description) ON CONFLICT DO NOTHING", capability) == 1;
    }

    private sealed class CapabilityRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
    }
}
