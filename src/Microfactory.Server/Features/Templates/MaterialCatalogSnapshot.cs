using Dapper;
using Microfactory.Design.Materials;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// The platform's materials as the design library sees them, kept between evaluations: every configure keystroke,
/// order line and quote evaluates a design, and reading every material and factory each time was the hot path's
/// main cost. The snapshot is rebuilt when a cheap stamp of both tables (row counts and update times) changes, so
/// a change made by another process (the CLI, a second server) is seen at the next evaluation as well.
/// </summary>
internal sealed class MaterialCatalogSnapshot(Database database, MaterialStore materials, FactoryStore factories)
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Entry? _current;

    public async Task<IMaterialCatalog> GetAsync(CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
            return current.Catalog;
        }
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Stamp == stamp)
            {
                return again.Catalog;
            }
            // Read the stamp before the rows: a write landing in between makes the next call rebuild again, never
            // keeps a catalogue older than its stamp.
            var catalog = await LoadAsync(cancellationToken);
            _current = new Entry(stamp, catalog);
            return catalog;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<Stamp> StampAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<Stamp>(new CommandDefinition(
            """
            SELECT CAST((SELECT count(*) FROM materials) AS BIGINT) AS Materials,
                   CAST((SELECT coalesce(max(updated_at_ms), 0) FROM materials) AS BIGINT) AS MaterialsChanged,
                   CAST((SELECT coalesce(sum(updated_at_ms % 1000003), 0) FROM materials) AS BIGINT) AS MaterialsSum,
                   CAST((SELECT count(*) FROM factories) AS BIGINT) AS Factories,
                   CAST((SELECT coalesce(max(updated_at_ms), 0) FROM factories) AS BIGINT) AS FactoriesChanged
            """, cancellationToken: cancellationToken));
    }

    private async Task<IMaterialCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        var currencies = new List<string>();
        for (var offset = 0; ; offset += PageRequest.MaxPageSize)
        {
            var (items, total) = await factories.ListAsync(offset, PageRequest.MaxPageSize, cancellationToken);
            currencies.AddRange(items.Select(f => f.Currency));
            if (items.Count == 0 || currencies.Count >= total)
            {
                break;
            }
        }
        var currency = DesignMaterials.PriceCurrency(currencies);
        var all = new List<Core.Materials.Material>();
        for (var offset = 0; ; offset += PageRequest.MaxPageSize)
        {
            var (items, total) = await materials.ListAsync(offset, PageRequest.MaxPageSize, cancellationToken);
            all.AddRange(items);
            if (items.Count == 0 || all.Count >= total)
            {
                return DesignMaterials.ToCatalog(all, currency);
            }
        }
    }

    /// <summary>What identifies the tables' content closely enough: any insert, delete or update moves a figure.</summary>
    private sealed record Stamp(long Materials, long MaterialsChanged, long MaterialsSum, long Factories, long FactoriesChanged);

    private sealed record Entry(Stamp Stamp, IMaterialCatalog Catalog);
}
