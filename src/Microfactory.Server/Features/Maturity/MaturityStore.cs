using System.Collections.Immutable;
using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Maturity;

/// <summary>SQL for assessments; an assessment and its answers are written in one transaction and never changed.</summary>
internal sealed class MaturityStore(Database database)
{
    private const string Columns =
        "id AS Id, factory_id AS FactoryId, model_id AS ModelId, model_version AS ModelVersion, author_id AS AuthorId, author_name AS AuthorName, note AS Note, created_at_ms AS CreatedAtMs";

    public async Task InsertAsync(Assessment a, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO maturity_assessments (id, factory_id, model_id, model_version, author_id, author_name, note, created_at_ms)
            VALUES (@Id, @FactoryId, @ModelId, @ModelVersion, @AuthorId, @AuthorName, @Note, @CreatedAtMs)
            """,
            new { a.Id, a.FactoryId, a.ModelId, a.ModelVersion, a.AuthorId, a.AuthorName, a.Note, CreatedAtMs = UnixTime.ToMs(a.CreatedAt) }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO maturity_answers (assessment_id, position, dimension_id, level, measured_level, note, evidence_link)
            VALUES (@AssessmentId, @Position, @DimensionId, @Level, @MeasuredLevel, @Note, @EvidenceLink)
            """,
            a.Answers.Select((x, i) => new { AssessmentId = a.Id, Position = i, x.DimensionId, x.Level, x.MeasuredLevel, x.Note, x.EvidenceLink }), transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A page of a factory's assessments, newest first.</summary>
    public async Task<(IReadOnlyList<Assessment> Items, long Total)> ListAsync(string factoryId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM maturity_assessments WHERE factory_id = @factoryId ORDER BY created_at_ms DESC, id DESC LIMIT @limit OFFSET @offset",
            new { factoryId, limit, offset })).ToList();
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM maturity_assessments WHERE factory_id = @factoryId", new { factoryId });
        var answers = (rows.Count == 0 ? [] : await connection.QueryAsync<AnswerRow>(
            $"""
            SELECT assessment_id AS AssessmentId, dimension_id AS DimensionId, level AS Level, measured_level AS MeasuredLevel, note AS Note, evidence_link AS EvidenceLink
            FROM maturity_answers WHERE {SqlLists.AnyOf(connection, "assessment_id", "ids")} ORDER BY position
            """,
            new { ids = rows.Select(r => r.Id).ToArray() })).ToLookup(r => r.AssessmentId, StringComparer.Ordinal);
        return ([.. rows.Select(r => r.ToAssessment(answers[r.Id]))], total);
    }

    /// <summary>One assessment of <paramref name="factoryId"/>; null when there is none with that id at that factory.</summary>
    public async Task<Assessment?> GetAsync(string factoryId, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM maturity_assessments WHERE id = @id AND factory_id = @factoryId", new { id, factoryId });
        if (row is null)
        {
            return null;
        }
        var answers = await connection.QueryAsync<AnswerRow>(
            """
            SELECT assessment_id AS AssessmentId, dimension_id AS DimensionId, level AS Level, measured_level AS MeasuredLevel, note AS Note, evidence_link AS EvidenceLink
            FROM maturity_answers WHERE assessment_id = @id ORDER BY position
            """,
            new { id });
        return row.ToAssessment(answers);
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string FactoryId { get; set; } = "";
        public string ModelId { get; set; } = "";
        public string ModelVersion { get; set; } = "";
        public string AuthorId { get; set; } = "";
        public string AuthorName { get; set; } = "";
        public string? Note { get; set; }
        public long CreatedAtMs { get; set; }

        public Assessment ToAssessment(IEnumerable<AnswerRow> answers) =>
            new(Id, FactoryId, ModelId, ModelVersion, AuthorId, AuthorName, Note,
                [.. answers.Select(a => new AssessmentAnswer(a.DimensionId, (int)a.Level, a.MeasuredLevel is null ? null : (int)a.MeasuredLevel, a.Note, a.EvidenceLink))],
                UnixTime.FromMs(CreatedAtMs));
    }

    private sealed class AnswerRow
    {
        public string AssessmentId { get; set; } = "";
        public string DimensionId { get; set; } = "";
        public long Level { get; set; }
        public long? MeasuredLevel { get; set; }
        public string? Note { get; set; }
        public string? EvidenceLink { get; set; }
    }
}
