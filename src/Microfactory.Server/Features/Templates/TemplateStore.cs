using Dapper;
using Microfactory.Design.Templates;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Templates;

/// <summary>SQL for the design catalogue. Rows are only inserted, never updated: a published version never changes.</summary>
internal sealed class TemplateStore(Database database)
{
    private const string Columns =
        "t.id AS Id, t.version AS Version, t.title AS Title, t.category AS Category, t.designer AS Designer, t.description AS Description, " +
        "t.licence AS Licence, t.source AS Source, t.published_by AS PublishedBy, t.published_at_ms AS PublishedAtMs, u.display_name AS PublisherDisplayName";

    // Who published each version, by name; the platform and users since removed have no row.
    private const string From = "templates t LEFT JOIN users u ON u.id = t.published_by";

    // A version is the latest of its template when no other version of the same id orders after it.
    private const string IsLatest =
        "NOT EXISTS (SELECT 1 FROM templates n WHERE n.id = t.id AND (n.major > t.major OR (n.major = t.major AND (n.minor > t.minor OR (n.minor = t.minor AND n.patch > t.patch)))))";

    public async Task<bool> InsertAsync(PublishedTemplate template, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var m = template.Metadata;
        return await connection.ExecuteAsync(
            """
            INSERT INTO templates (id, version, major, minor, patch, title, category, designer, description, licence, source, published_by, published_at_ms)
            VALUES (@Id, @Version, @Major, @Minor, @Patch, @Title, @Category, @Designer, @Description, @Licence, @Source, @PublishedBy, @At)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                m.Id, Version = m.Version.ToString(), m.Version.Major, m.Version.Minor, m.Version.Patch, m.Title, m.Category, m.Designer, m.Description, m.Licence,
                template.Source, template.PublishedBy, At = UnixTime.ToMs(template.PublishedAt),
            }) == 1;
    }

    /// <summary>One version, or the latest version when <paramref name="version"/> is null.</summary>
    public async Task<PublishedTemplate?> GetAsync(string id, TemplateVersion? version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = version is { } v
            ? await connection.QuerySingleOrDefaultAsync<TemplateRow>($"SELECT {Columns} FROM {From} WHERE t.id = @id AND t.version = @version", new { id, version = v.ToString() })
            : await connection.QuerySingleOrDefaultAsync<TemplateRow>($"SELECT {Columns} FROM {From} WHERE t.id = @id AND {IsLatest}", new { id });
        return row?.ToPublished();
    }

    /// <summary>The latest version of every template, by category then title.</summary>
    public async Task<(IReadOnlyList<PublishedTemplate> Items, long Total)> ListLatestAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TemplateRow>(
            $"SELECT {Columns} FROM {From} WHERE {IsLatest} ORDER BY t.category, t.title, t.id LIMIT @limit OFFSET @offset", new { limit, offset });
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT id) FROM templates");
        return ([.. rows.Select(r => r.ToPublished())], total);
    }

    /// <summary>Every published version of a template, newest first.</summary>
    public async Task<IReadOnlyList<PublishedTemplate>> VersionsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TemplateRow>(
            $"SELECT {Columns} FROM {From} WHERE t.id = @id ORDER BY t.major DESC, t.minor DESC, t.patch DESC", new { id });
        return [.. rows.Select(r => r.ToPublished())];
    }

    private sealed class TemplateRow
    {
        public string Id { get; set; } = "";
        public string Version { get; set; } = "";
        public string Title { get; set; } = "";
        public string Category { get; set; } = "";
        public string Designer { get; set; } = "";
        public string Description { get; set; } = "";
        public string Licence { get; set; } = "";
        public string Source { get; set; } = "";
        public string PublishedBy { get; set; } = "";
        public long PublishedAtMs { get; set; }
        public string? PublisherDisplayName { get; set; }

        public PublishedTemplate ToPublished()
        {
            if (!TemplateVersion.TryParse(Version, out var version))
            {
                throw new InvalidDataException($"Template {Id} has a stored version '{Version}' that is not MAJOR.MINOR.PATCH.");
            }
            return new PublishedTemplate(new TemplateMetadata(Id, version, Title, Designer, Category, Description, Licence), Source, PublishedBy, UnixTime.FromMs(PublishedAtMs), PublisherDisplayName);
        }
    }
}
