using Dapper;
using Microfactory.Core.Materials;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Materials;

/// <summary>SQL for materials.</summary>
internal sealed class MaterialStore(Database database)
{
    private const string Columns =
        "id AS Id, name AS Name, unit AS Unit, price_per_unit AS PricePerUnit, supplier_id AS SupplierId, kg_co2e_per_unit AS KgCo2ePerUnit, " +
        "emission_factor_source AS EmissionFactorSource, recycled_content_percent AS RecycledContentPercent, recyclability AS Recyclability, " +
        "density_kg_per_m3 AS DensityKgPerM3, thickness_mm AS ThicknessMm, cn_code AS CnCode";

    public async Task<(IReadOnlyList<Material> Items, long Total)> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MaterialRow>($"SELECT {Columns} FROM materials ORDER BY name, id LIMIT @limit OFFSET @offset", new { limit, offset });
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM materials");
        return ([.. rows.Select(r => r.ToMaterial())], total);
    }

    public async Task<Material?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MaterialRow>($"SELECT {Columns} FROM materials WHERE id = @id", new { id });
        return row?.ToMaterial();
    }

    public async Task<bool> InsertAsync(Material material, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO materials (id, name, unit, price_per_unit, supplier_id, kg_co2e_per_unit, emission_factor_source, recycled_content_percent,
                                   recyclability, density_kg_per_m3, thickness_mm, cn_code, created_at_ms, updated_at_ms)
            VALUES (@Id, @Name, @Unit, @PricePerUnit, @SupplierId, @KgCo2ePerUnit, @EmissionFactorSource, @RecycledContentPercent,
                    @Recyclability, @DensityKgPerM3, @ThicknessMm, @CnCode, @At, @At)
            ON CONFLICT DO NOTHING
            """,
            Parameters(material, at)) == 1;
    }

    public async Task<bool> UpdateAsync(Material material, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE materials SET name = @Name, unit = @Unit, price_per_unit = @PricePerUnit, supplier_id = @SupplierId, kg_co2e_per_unit = @KgCo2ePerUnit,
                   emission_factor_source = @EmissionFactorSource, recycled_content_percent = @RecycledContentPercent, recyclability = @Recyclability,
                   density_kg_per_m3 = @DensityKgPerM3, thickness_mm = @ThicknessMm, cn_code = @CnCode, updated_at_ms = @At
            WHERE id = @Id
            """,
            Parameters(material, at)) == 1;
    }

    private static object Parameters(Material m, DateTimeOffset at) => new
    {
        m.Id, m.Name, Unit = m.Unit.ToSymbol(), m.PricePerUnit, m.SupplierId, m.KgCo2ePerUnit, m.EmissionFactorSource, m.RecycledContentPercent,
        Recyclability = m.Recyclability.ToString(), m.DensityKgPerM3, m.ThicknessMm, m.CnCode, At = UnixTime.ToMs(at),
    };

    private sealed class MaterialRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Unit { get; set; } = "";
        public decimal PricePerUnit { get; set; }
        public string SupplierId { get; set; } = "";
        public double KgCo2ePerUnit { get; set; }
        public string EmissionFactorSource { get; set; } = "";
        public double RecycledContentPercent { get; set; }
        public string Recyclability { get; set; } = "";
        public double? DensityKgPerM3 { get; set; }
        public double? ThicknessMm { get; set; }
        public string? CnCode { get; set; }

        public Material ToMaterial() =>
            new(Id, Name, MaterialUnits.TryParse(Unit, out var unit) ? unit : throw new InvalidDataException($"Material {Id} has unknown unit '{Unit}'."),
                PricePerUnit, SupplierId, KgCo2ePerUnit, EmissionFactorSource, RecycledContentPercent, Enum.Parse<Recyclability>(Recyclability),
                DensityKgPerM3, ThicknessMm, CnCode);
    }
}
