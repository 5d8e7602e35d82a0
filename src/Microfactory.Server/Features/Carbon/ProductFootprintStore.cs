using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Microfactory.Carbon.Calculation;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Carbon;

/// <summary>SQL for <c>product_footprints</c>. Rows are appended; only the status of an older footprint changes, when a newer one replaces it.</summary>
internal sealed class ProductFootprintStore(Database database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string Columns =
        "id AS Id, factory_id AS FactoryId, kind AS Kind, subject AS Subject, template_id AS TemplateId, template_version AS TemplateVersion, serial AS Serial, " +
        "product_ids AS ProductIds, product_name AS ProductName, product_description AS ProductDescription, status AS Status, preceding_ids AS PrecedingIds, " +
        "created_at_ms AS CreatedAtMs, status_changed_at_ms AS StatusChangedAtMs, valid_from_ms AS ValidFromMs, valid_until_ms AS ValidUntilMs, " +
        "reference_start_ms AS ReferenceStartMs, reference_end_ms AS ReferenceEndMs, geography_country AS GeographyCountry, breakdown_json AS BreakdownJson";

    public async Task<ProductFootprintRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM product_footprints WHERE id = @id", new { id = Key(id) });
        return row?.ToRecord();
    }

    /// <summary>The active footprint of a subject (a design key or a serial), or null.</summary>
    public async Task<ProductFootprintRecord?> ActiveAsync(string kind, string subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM product_footprints WHERE subject = @subject AND kind = @kind AND status = 'Active' ORDER BY created_at_ms DESC, id LIMIT 1",
            new { subject, kind });
        return row?.ToRecord();
    }

    /// <summary>The actual footprint of a produced unit, or null while it has none.</summary>
    public async Task<ProductFootprintRecord?> OfUnitAsync(string serial, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM product_footprints WHERE serial = @serial AND kind = 'actual' ORDER BY created_at_ms DESC, id LIMIT 1", new { serial });
        return row?.ToRecord();
    }

    /// <summary>
    /// One page of footprints in publication order (created, then id), after <paramref name="after"/> when given, at most
    /// <paramref name="limit"/>; optionally only one status and one factory. Further filters are the caller's.
    /// </summary>
    public async Task<IReadOnlyList<ProductFootprintRecord>> PageAsync(
        (DateTimeOffset CreatedAt, Guid Id)? after, int limit, string? status, string? factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"""
            SELECT {Columns} FROM product_footprints
            WHERE (@afterMs IS NULL OR created_at_ms > @afterMs OR (created_at_ms = @afterMs AND id > @afterId))
              AND (@status IS NULL OR status = @status) AND (@factoryId IS NULL OR factory_id = @factoryId)
            ORDER BY created_at_ms, id LIMIT @limit
            """,
            new { afterMs = after is { } a ? UnixTime.ToMs(a.CreatedAt) : (long?)null, afterId = after is { } b ? Key(b.Id) : null, status, factoryId, limit });
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>
    /// One page of the footprints that <paramref name="match"/> wants, in publication order (created, then id), after
    /// <paramref name="after"/> when given, at most <paramref name="limit"/>. Every criterion runs in SQL; a product id is
    /// found in the stored JSON array as its own JSON string (quotes included, so only a whole element matches), lower-cased
    /// on both sides, and the caller confirms it with <see cref="FootprintMatch.MatchesProduct"/>.
    /// </summary>
    public async Task<IReadOnlyList<ProductFootprintRecord>> MatchingAsync(
        FootprintMatch match, (DateTimeOffset CreatedAt, Guid Id)? after, int limit, CancellationToken cancellationToken)
    {
        if (match.MatchesNothing)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var where = new List<string>();
        var parameters = new DynamicParameters(new { limit });
        if (after is { } a)
        {
            where.Add("(created_at_ms > @afterMs OR (created_at_ms = @afterMs AND id > @afterId))");
            parameters.Add("afterMs", UnixTime.ToMs(a.CreatedAt));
            parameters.Add("afterId", Key(a.Id));
        }
        if (match.ProductIds is { } products)
        {
            var likes = new List<string>();
            for (var i = 0; i < products.Count; i++)
            {
                likes.Add($"LOWER(product_ids) LIKE @product{i} ESCAPE '!'");
                parameters.Add($"product{i}", "%" + LikeEscaped(JsonSerializer.Serialize(products[i], Json).ToLowerInvariant()) + "%");
            }
            where.Add("(" + string.Join(" OR ", likes) + ")");
        }
        void AnyOf(string column, string name, IReadOnlyList<string>? values)
        {
            if (values is not null)
            {
                where.Add(Storage.SqlLists.AnyOf(connection, column, name));
                parameters.Add(name, values.ToArray());
            }
        }
        AnyOf("factory_id", "factories", match.FactoryIds);
        AnyOf("template_id", "templates", match.TemplateIds);
        AnyOf("geography_country", "countries", match.Countries);
        AnyOf("status", "statuses", match.Statuses);
        if (match.ValidOn is { } on)
        {
            where.Add("valid_from_ms <= @validOn AND valid_until_ms >= @validOn");
            parameters.Add("validOn", UnixTime.ToMs(on));
        }
        if (match.ValidAfter is { } validAfter)
        {
            where.Add("valid_from_ms > @validAfter");
            parameters.Add("validAfter", UnixTime.ToMs(validAfter));
        }
        if (match.ValidBefore is { } validBefore)
        {
            where.Add("valid_until_ms < @validBefore");
            parameters.Add("validBefore", UnixTime.ToMs(validBefore));
        }
        var sql = $"SELECT {Columns} FROM product_footprints" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + " ORDER BY created_at_ms, id LIMIT @limit";
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>LIKE's wildcards and the escape character itself, escaped with '!'.</summary>
    private static string LikeEscaped(string text) => text.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal);

    /// <summary>
    /// Stores <paramref name="footprint"/> as the active footprint of its subject and deprecates the one it replaces
    /// (named in its <see cref="ProductFootprintRecord.PrecedingIds"/>), in one transaction.
    /// </summary>
    public async Task InsertAsync(ProductFootprintRecord footprint, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var preceding in footprint.PrecedingIds)
        {
            await connection.ExecuteAsync(
                "UPDATE product_footprints SET status = 'Deprecated', status_changed_at_ms = @at WHERE id = @id AND status = 'Active'",
                new { id = Key(preceding), at = UnixTime.ToMs(footprint.CreatedAt) }, transaction);
        }
        await connection.ExecuteAsync(
            """
            INSERT INTO product_footprints (id, factory_id, kind, subject, template_id, template_version, serial, product_ids, product_name, product_description,
                status, preceding_ids, created_at_ms, status_changed_at_ms, valid_from_ms, valid_until_ms, reference_start_ms, reference_end_ms, geography_country,
                kg_co2e_per_unit, breakdown_json)
            VALUES (@Id, @FactoryId, @Kind, @Subject, @TemplateId, @TemplateVersion, @Serial, @ProductIds, @ProductName, @ProductDescription,
                @Status, @PrecedingIds, @CreatedAtMs, NULL, @ValidFromMs, @ValidUntilMs, @ReferenceStartMs, @ReferenceEndMs, @GeographyCountry,
                @KgCo2ePerUnit, @BreakdownJson)
            """,
            new
            {
                Id = Key(footprint.Id), footprint.FactoryId, footprint.Kind, footprint.Subject, footprint.TemplateId, footprint.TemplateVersion, footprint.Serial,
                ProductIds = JsonSerializer.Serialize(footprint.ProductIds, Json), footprint.ProductName, footprint.ProductDescription, footprint.Status,
                PrecedingIds = JsonSerializer.Serialize(footprint.PrecedingIds.Select(Key), Json), CreatedAtMs = UnixTime.ToMs(footprint.CreatedAt),
                ValidFromMs = UnixTime.ToMs(footprint.ValidFrom), ValidUntilMs = UnixTime.ToMs(footprint.ValidUntil),
                ReferenceStartMs = UnixTime.ToMs(footprint.ReferenceStart), ReferenceEndMs = UnixTime.ToMs(footprint.ReferenceEnd), footprint.GeographyCountry,
                KgCo2ePerUnit = footprint.KgCo2ePerUnit.ToString(CultureInfo.InvariantCulture), BreakdownJson = JsonSerializer.Serialize(footprint.Breakdown, Json),
            },
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The newest <paramref name="limit"/> footprints of a kind at a factory (active and deprecated), newest first.</summary>
    public async Task<IReadOnlyList<ProductFootprintRecord>> RecentAsync(string kind, string factoryId, string? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM product_footprints WHERE kind = @kind AND factory_id = @factoryId AND (@status IS NULL OR status = @status) ORDER BY created_at_ms DESC, id LIMIT @limit",
            new { kind, factoryId, status, limit });
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>
    /// The active actual footprints of the units of <paramref name="factoryId"/> completed in [<paramref name="from"/>,
    /// <paramref name="until"/>), in completion order (then serial).
    /// </summary>
    public async Task<IReadOnlyList<ProductFootprintRecord>> ActualsOfUnitsCompletedAsync(
        string factoryId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM product_footprints
            WHERE kind = 'actual' AND status = 'Active' AND factory_id = @factoryId
              AND serial IN (SELECT serial FROM units WHERE factory_id = @factoryId AND status = 'Completed' AND completed_at_ms >= @fromMs AND completed_at_ms < @untilMs)
            ORDER BY reference_end_ms, serial
            """,
            new { factoryId, fromMs = UnixTime.ToMs(from), untilMs = UnixTime.ToMs(until) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Completed units that have no actual footprint yet, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> CompletedUnitsWithoutFootprintAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(
            """
            SELECT u.serial FROM units u
            WHERE u.status = 'Completed' AND u.as_built_json IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM product_footprints f WHERE f.serial = u.serial AND f.kind = 'actual')
            ORDER BY u.completed_at_ms, u.serial LIMIT @limit
            """, new { limit })];
    }

    /// <summary>Ids are stored as lower-case UUID text in both engines.</summary>
    private static string Key(Guid id) => id.ToString("D");

    private sealed record Row(
        string Id, string FactoryId, string Kind, string Subject, string TemplateId, string TemplateVersion, string? Serial, string ProductIds, string ProductName,
        string ProductDescription, string Status, string PrecedingIds, long CreatedAtMs, long? StatusChangedAtMs, long ValidFromMs, long ValidUntilMs,
        long ReferenceStartMs, long ReferenceEndMs, string GeographyCountry, string BreakdownJson)
    {
        public ProductFootprintRecord ToRecord() => new(
            Guid.Parse(Id), FactoryId, Kind, Subject, TemplateId, TemplateVersion, Serial, JsonSerializer.Deserialize<List<string>>(ProductIds, Json)!, ProductName,
            ProductDescription, Status, [.. JsonSerializer.Deserialize<List<string>>(PrecedingIds, Json)!.Select(Guid.Parse)], UnixTime.FromMs(CreatedAtMs),
            StatusChangedAtMs is { } changed ? UnixTime.FromMs(changed) : null, UnixTime.FromMs(ValidFromMs), UnixTime.FromMs(ValidUntilMs),
            UnixTime.FromMs(ReferenceStartMs), UnixTime.FromMs(ReferenceEndMs), GeographyCountry, JsonSerializer.Deserialize<Footprint>(BreakdownJson, Json)!);
    }
}
