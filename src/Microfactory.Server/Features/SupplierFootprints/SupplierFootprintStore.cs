using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microfactory.Carbon.Model;
using Microfactory.Carbon.Pact;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// SQL for suppliers' footprints (<c>supplier_footprints</c> with their product ids) and the mapping of our materials to
/// suppliers' product ids (<c>material_supplier_products</c>). A material's footprints are those of its own supplier that
/// name one of its mapped product ids (compared ignoring case).
/// </summary>
internal sealed class SupplierFootprintStore(Database database)
{
    /// <summary>Most product ids mapped to one material.</summary>
    public const int MaxProductIdsPerMaterial = 20;

    private const string Columns =
        "f.supplier_id AS SupplierId, f.footprint_id AS FootprintId, f.product_ids AS ProductIds, f.company_name AS CompanyName, f.product_name AS ProductName, " +
        "f.declared_unit AS DeclaredUnit, f.declared_unit_amount AS DeclaredUnitAmount, f.kg_co2e_per_declared_unit AS KgCo2e, " +
        "f.primary_data_share_percent AS PrimaryShare, f.fossil_kg_co2e AS Fossil, f.biogenic_kg_co2e AS Biogenic, f.biogenic_carbon_kg AS BiogenicCarbon, " +
        "f.dqi_technological AS DqiTechnological, f.dqi_geographical AS DqiGeographical, f.dqi_temporal AS DqiTemporal, f.valid_from_ms AS ValidFromMs, " +
        "f.valid_until_ms AS ValidUntilMs, f.status AS Status, f.preceding_ids AS PrecedingIds, f.pact_created_ms AS PactCreatedMs, f.provenance AS Provenance, " +
        "f.source_url AS SourceUrl, f.fetched_at_ms AS FetchedAtMs, f.raw_json AS RawJson";

    /// <summary>
    /// Inserts the footprint, or replaces the stored one of the same supplier and PACT id when the document changed; an
    /// unchanged document only gets its new fetch time and source. Returns whether anything but those changed.
    /// </summary>
    public async Task<bool> UpsertAsync(SupplierFootprintRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = new { supplierId = record.SupplierId, footprintId = Key(record.FootprintId) };
        var stored = await connection.QuerySingleOrDefaultAsync<(string RawJson, string Provenance)?>(
            "SELECT raw_json AS RawJson, provenance AS Provenance FROM supplier_footprints WHERE supplier_id = @supplierId AND footprint_id = @footprintId", key, transaction);
        if (stored is { } same && same.RawJson == record.RawJson && same.Provenance == record.Provenance)
        {
            await connection.ExecuteAsync(
                "UPDATE supplier_footprints SET fetched_at_ms = @at, source_url = @source WHERE supplier_id = @supplierId AND footprint_id = @footprintId",
                new { key.supplierId, key.footprintId, at = UnixTime.ToMs(record.FetchedAt), source = record.SourceUrl }, transaction);
            await transaction.CommitAsync(cancellationToken);
            return false;
        }
        await connection.ExecuteAsync("DELETE FROM supplier_footprint_products WHERE supplier_id = @supplierId AND footprint_id = @footprintId", key, transaction);
        await connection.ExecuteAsync("DELETE FROM supplier_footprints WHERE supplier_id = @supplierId AND footprint_id = @footprintId", key, transaction);
        var f = record.Figures;
        await connection.ExecuteAsync(
            """
            INSERT INTO supplier_footprints (supplier_id, footprint_id, product_ids, company_name, product_name, declared_unit, declared_unit_amount,
                kg_co2e_per_declared_unit, primary_data_share_percent, fossil_kg_co2e, biogenic_kg_co2e, biogenic_carbon_kg, dqi_technological,
                dqi_geographical, dqi_temporal, valid_from_ms, valid_until_ms, status, preceding_ids, pact_created_ms, provenance, source_url, fetched_at_ms, raw_json)
            VALUES (@SupplierId, @FootprintId, @ProductIds, @CompanyName, @ProductName, @DeclaredUnit, @DeclaredUnitAmount, @KgCo2e, @PrimaryShare, @Fossil,
                @Biogenic, @BiogenicCarbon, @DqiTechnological, @DqiGeographical, @DqiTemporal, @ValidFromMs, @ValidUntilMs, @Status, @PrecedingIds,
                @PactCreatedMs, @Provenance, @SourceUrl, @FetchedAtMs, @RawJson)
            """,
            new
            {
                record.SupplierId,
                FootprintId = Key(record.FootprintId),
                ProductIds = JsonSerializer.Serialize(record.ProductIds),
                CompanyName = f.SupplierName,
                record.ProductName,
                f.DeclaredUnit,
                DeclaredUnitAmount = Text(f.DeclaredUnitAmount),
                KgCo2e = Text(f.KgCo2ePerDeclaredUnit),
                PrimaryShare = Text(f.PrimaryDataSharePercent),
                Fossil = Text(f.FossilKgCo2ePerDeclaredUnit),
                Biogenic = Text(f.BiogenicKgCo2ePerDeclaredUnit),
                BiogenicCarbon = Text(f.BiogenicCarbonKgPerDeclaredUnit),
                DqiTechnological = Text(f.Dqi?.TechnologicalDqr),
                DqiGeographical = Text(f.Dqi?.GeographicalDqr),
                DqiTemporal = Text(f.Dqi?.TemporalDqr),
                ValidFromMs = UnixTime.ToMs(f.ValidFrom!.Value),
                ValidUntilMs = UnixTime.ToMs(f.ValidUntil!.Value),
                record.Status,
                PrecedingIds = JsonSerializer.Serialize(record.PrecedingIds.Select(Key)),
                PactCreatedMs = UnixTime.ToMs(record.PactCreated),
                record.Provenance,
                record.SourceUrl,
                FetchedAtMs = UnixTime.ToMs(record.FetchedAt),
                record.RawJson,
            },
            transaction);
        foreach (var product in record.ProductIds.Select(ProductKey).Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(
                "INSERT INTO supplier_footprint_products (supplier_id, footprint_id, product_key) VALUES (@supplierId, @footprintId, @product)",
                new { key.supplierId, key.footprintId, product }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// PACT: a footprint named in another's <c>precedingPfIds</c> is replaced. Marks every such active footprint of the
    /// supplier Deprecated and returns how many changed.
    /// </summary>
    public async Task<int> DeprecatePrecededAsync(string supplierId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var lists = await connection.QueryAsync<string>(
            "SELECT preceding_ids FROM supplier_footprints WHERE supplier_id = @supplierId AND preceding_ids <> '[]'", new { supplierId });
        var preceded = lists.SelectMany(l => JsonSerializer.Deserialize<string[]>(l) ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (preceded.Length == 0)
        {
            return 0;
        }
        return await connection.ExecuteAsync(
            $"UPDATE supplier_footprints SET status = '{PactVocabulary.Deprecated}' WHERE supplier_id = @supplierId AND status = '{PactVocabulary.Active}' AND {SqlLists.AnyOf(connection, "footprint_id", "preceded")}",
            new { supplierId, preceded });
    }

    public async Task<SupplierFootprintRecord?> GetAsync(string supplierId, Guid footprintId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM supplier_footprints f WHERE f.supplier_id = @supplierId AND f.footprint_id = @footprintId", new { supplierId, footprintId = Key(footprintId) });
        return row?.ToRecord();
    }

    /// <summary>A supplier's footprints, newest first (PACT <c>created</c>, then id), a page at a time, with their total.</summary>
    public async Task<(IReadOnlyList<SupplierFootprintRecord> Items, long Total)> OfSupplierAsync(string supplierId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM supplier_footprints f WHERE f.supplier_id = @supplierId ORDER BY f.pact_created_ms DESC, f.footprint_id LIMIT @limit OFFSET @offset",
            new { supplierId, limit, offset });
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM supplier_footprints WHERE supplier_id = @supplierId", new { supplierId });
        return ([.. rows.Select(r => r.ToRecord())], total);
    }

    /// <summary>
    /// The footprints of <paramref name="materialIds"/> that are active and valid on <paramref name="on"/>: each from the
    /// material's own supplier, naming one of the material's mapped product ids and declared in the material's catalogue
    /// unit, with the material's id set. The engine picks the best of them per line.
    /// </summary>
    public async Task<IReadOnlyList<SupplierFootprint>> ValidForAsync(IEnumerable<string> materialIds, DateTimeOffset on, CancellationToken cancellationToken) =>
        [.. await MatchedAsync(materialIds, on, cancellationToken)];

    /// <summary>
    /// Which of <paramref name="materialIds"/> are covered on <paramref name="on"/> by a supplier-specific footprint the
    /// engine can use: active, valid on that date, of the material's supplier and mapped product ids, and declared in the
    /// material's own catalogue unit (a footprint per kilogram does not cover a material bought by the piece).
    /// </summary>
    public async Task<IReadOnlySet<string>> CoveredAsync(IEnumerable<string> materialIds, DateTimeOffset on, CancellationToken cancellationToken) =>
        (await MatchedAsync(materialIds, on, cancellationToken)).Select(f => f.MaterialId).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The matched footprints in the material's own catalogue unit only: the engine refuses a line whose only valid
    /// supplier footprint is declared in another unit, and one mismatched mapping must not stop every footprint of the material.
    /// </summary>
    private async Task<IReadOnlyList<SupplierFootprint>> MatchedAsync(IEnumerable<string> materialIds, DateTimeOffset on, CancellationToken cancellationToken)
    {
        var ids = materialIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MatchedRow>(
            $"""
            SELECT DISTINCT m.id AS MaterialId, m.unit AS MaterialUnit, {Columns}
            FROM materials m
            JOIN material_supplier_products mp ON mp.material_id = m.id
            JOIN supplier_footprint_products fp ON fp.supplier_id = m.supplier_id AND fp.product_key = mp.product_key
            JOIN supplier_footprints f ON f.supplier_id = fp.supplier_id AND f.footprint_id = fp.footprint_id
            WHERE {SqlLists.AnyOf(connection, "m.id", "ids")} AND f.status = '{PactVocabulary.Active}' AND f.valid_from_ms <= @on AND f.valid_until_ms > @on
            ORDER BY m.id, f.footprint_id
            """,
            new { ids, on = UnixTime.ToMs(on) });
        return [.. rows.Where(r => r.DeclaredUnit == FootprintInputs.PactUnit(r.MaterialUnit)).Select(r => r.ToRecord().Figures with { MaterialId = r.MaterialId })];
    }

    /// <summary>The supplier product ids mapped to a material, in the spelling they were given.</summary>
    public async Task<IReadOnlyList<string>> ProductIdsAsync(string materialId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>("SELECT product_id FROM material_supplier_products WHERE material_id = @materialId ORDER BY product_key", new { materialId })];
    }

    /// <summary>Replaces the product ids mapped to a material (the caller checked the material exists and the ids are distinct URNs).</summary>
    public async Task SetProductIdsAsync(string materialId, IReadOnlyList<string> productIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM material_supplier_products WHERE material_id = @materialId", new { materialId }, transaction);
        foreach (var productId in productIds)
        {
            await connection.ExecuteAsync(
                "INSERT INTO material_supplier_products (material_id, product_key, product_id) VALUES (@materialId, @key, @productId)",
                new { materialId, key = ProductKey(productId), productId }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The materials whose mapped product ids a footprint names (of the footprint's own supplier).</summary>
    public async Task<IReadOnlyList<string>> MaterialsOfAsync(string supplierId, Guid footprintId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(
            """
            SELECT DISTINCT m.id FROM materials m
            JOIN material_supplier_products mp ON mp.material_id = m.id
            JOIN supplier_footprint_products fp ON fp.supplier_id = m.supplier_id AND fp.product_key = mp.product_key
            WHERE fp.supplier_id = @supplierId AND fp.footprint_id = @footprintId ORDER BY m.id
            """,
            new { supplierId, footprintId = Key(footprintId) })];
    }

    /// <summary>URNs are compared ignoring case (RFC 8141 makes the prefix and namespace id case-insensitive; suppliers' ids differ in case in practice).</summary>
    public static string ProductKey(string productId) => productId.ToLowerInvariant();

    private static string Key(Guid id) => id.ToString("D");

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal? OptionalNumber(string? text) => text is null ? null : Number(text);

    private class Row
    {
        public string SupplierId { get; set; } = "";
        public string FootprintId { get; set; } = "";
        public string ProductIds { get; set; } = "[]";
        public string CompanyName { get; set; } = "";
        public string ProductName { get; set; } = "";
        public string DeclaredUnit { get; set; } = "";
        public string DeclaredUnitAmount { get; set; } = "";
        public string KgCo2e { get; set; } = "";
        public string PrimaryShare { get; set; } = "";
        public string? Fossil { get; set; }
        public string? Biogenic { get; set; }
        public string? BiogenicCarbon { get; set; }
        public string? DqiTechnological { get; set; }
        public string? DqiGeographical { get; set; }
        public string? DqiTemporal { get; set; }
        public long ValidFromMs { get; set; }
        public long ValidUntilMs { get; set; }
        public string Status { get; set; } = "";
        public string PrecedingIds { get; set; } = "[]";
        public long PactCreatedMs { get; set; }
        public string Provenance { get; set; } = "";
        public string SourceUrl { get; set; } = "";
        public long FetchedAtMs { get; set; }
        public string RawJson { get; set; } = "";

        public SupplierFootprintRecord ToRecord()
        {
            var dqi = DqiTechnological is null || DqiGeographical is null || DqiTemporal is null
                ? null
                : new DataQuality(Number(DqiTechnological), Number(DqiGeographical), Number(DqiTemporal));
            var id = Guid.Parse(FootprintId);
            var figures = new SupplierFootprint(
                SupplierFootprintRecord.Unmatched, Key(id), CompanyName, DeclaredUnit, Number(DeclaredUnitAmount), Number(KgCo2e), Number(PrimaryShare),
                UnixTime.FromMs(ValidFromMs), UnixTime.FromMs(ValidUntilMs), dqi, OptionalNumber(Fossil), OptionalNumber(Biogenic), OptionalNumber(BiogenicCarbon),
                Status == PactVocabulary.Deprecated);
            return new SupplierFootprintRecord(
                SupplierId, id, JsonSerializer.Deserialize<string[]>(ProductIds) ?? [], ProductName, Status,
                [.. (JsonSerializer.Deserialize<string[]>(PrecedingIds) ?? []).Select(Guid.Parse)], UnixTime.FromMs(PactCreatedMs), Provenance, SourceUrl,
                UnixTime.FromMs(FetchedAtMs), RawJson, figures);
        }
    }

    private sealed class MatchedRow : Row
    {
        public string MaterialId { get; set; } = "";
        public string MaterialUnit { get; set; } = "";
    }
}
