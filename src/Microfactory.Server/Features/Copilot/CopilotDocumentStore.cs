using System.Text.Json;
using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Copilot;

/// <summary>SQL for <c>copilot_documents</c> (the same statements on SQLite and PostgreSQL).</summary>
internal sealed class CopilotDocumentStore(Database database)
{
    private const string Columns =
        "id AS Id, title AS Title, markdown AS Markdown, machine_ids AS MachineIds, source AS Source, created_by AS CreatedBy, created_at_ms AS CreatedAtMs";

    public async Task InsertAsync(CopilotDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO copilot_documents (id, title, markdown, machine_ids, source, created_by, created_at_ms) VALUES (@Id, @Title, @Markdown, @MachineIds, @Source, @CreatedBy, @CreatedAtMs)",
            new
            {
                document.Id, document.Title, document.Markdown, MachineIds = JsonSerializer.Serialize(document.MachineIds), document.Source, document.CreatedBy,
                CreatedAtMs = UnixTime.ToMs(document.CreatedAt),
            }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CopilotDocument>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM copilot_documents ORDER BY created_at_ms, id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDocument())];
    }

    public async Task<CopilotDocument?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM copilot_documents WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToDocument();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM copilot_documents WHERE id = @id", new { id }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string Markdown { get; init; } = "";
        public string MachineIds { get; init; } = "[]";
        public string Source { get; init; } = "";
        public string CreatedBy { get; init; } = "";
        public long CreatedAtMs { get; init; }

        public CopilotDocument ToDocument() =>
            new(Id, Title, Markdown, JsonSerializer.Deserialize<string[]>(MachineIds) ?? [], Source, CreatedBy, UnixTime.FromMs(CreatedAtMs));
    }
}
