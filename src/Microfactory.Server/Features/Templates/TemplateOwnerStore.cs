using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Templates;

/// <summary>SQL for who owns a template id. The first claim wins, atomically, on both engines.</summary>
internal sealed class TemplateOwnerStore(Database database)
{
    /// <summary>Claims <paramref name="templateId"/> for <paramref name="ownerId"/> unless somebody owns it already; returns the owner either way.</summary>
    public async Task<TemplateOwner> ClaimAsync(string templateId, string ownerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO template_owners (template_id, owner_id, claimed_at_ms) VALUES (@templateId, @ownerId, @at) ON CONFLICT DO NOTHING",
            new { templateId, ownerId, at = UnixTime.ToMs(at) });
        return (await FindAsync(connection, templateId))!;
    }

    public async Task<TemplateOwner?> FindAsync(string templateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, templateId);
    }

    /// <summary>Hands a template id to another owner (an admin's decision); false when nobody owns the id yet.</summary>
    public async Task<bool> TransferAsync(string templateId, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE template_owners SET owner_id = @ownerId WHERE template_id = @templateId", new { templateId, ownerId }) == 1;
    }

    private static async Task<TemplateOwner?> FindAsync(System.Data.Common.DbConnection connection, string templateId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<OwnerRow>(
            """
            SELECT o.owner_id AS OwnerId, u.display_name AS DisplayName FROM template_owners o
            LEFT JOIN users u ON u.id = o.owner_id WHERE o.template_id = @templateId
            """,
            new { templateId });
        return row is null ? null : new TemplateOwner(row.OwnerId, TemplateOwnership.PublisherName(row.OwnerId, row.DisplayName));
    }

    private sealed class OwnerRow
    {
        public string OwnerId { get; set; } = "";
        public string? DisplayName { get; set; }
    }
}
