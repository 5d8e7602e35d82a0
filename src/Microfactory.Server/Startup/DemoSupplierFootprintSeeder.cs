using Microfactory.Server.Application;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.SupplierFootprints;
using Microfactory.Server.Features.Suppliers;

namespace Microfactory.Server.Startup;

/// <summary>
/// SAMPLE DATA for the demo, labelled as such everywhere it shows (provenance <c>demo-sample</c>, "(demo sample)" in the
/// company name, a comment in the document saying it is no real supplier's declaration): one PACT footprint of Kwun
/// Tong Metals' DC01 steel sheet (<c>Startup/DemoData/kt-metals-dc01-sample-footprint.json</c>), stored as a planner's
/// upload would be, and the mapping of the demo's two DC01 sheets to its product ids. The demo's footprints then take
/// primary supplier data for those two materials and secondary factors for every other.
/// </summary>
internal sealed class DemoSupplierFootprintSeeder(
    SupplierFootprintService service, SupplierFootprintStore store, SupplierStore suppliers, MaterialStore materials, ILogger<DemoSupplierFootprintSeeder> logger)
{
    public const string SupplierId = "sup_kt_metals";

    public static readonly Guid FootprintId = Guid.Parse("3f6c2d1e-8a47-4b5c-9e21-0d7a5b6c4e19");

    /// <summary>The demo materials the sample applies to and the product id each is.</summary>
    public static readonly (string MaterialId, string ProductId)[] Mappings =
    [
        ("mat_steel_dc01_1_5", "urn:pact:kt-metals.example:product-id:dc01-cr-sheet-1.5"),
        ("mat_steel_dc01_2_0", "urn:pact:kt-metals.example:product-id:dc01-cr-sheet-2.0"),
    ];

    private const string Resource = "Microfactory.Server.Startup.DemoData.kt-metals-dc01-sample-footprint.json";

    /// <summary>
    /// Seeds the sample unless it is stored already (so a planner's later changes to the mapping stay) or the demo's
    /// supplier and materials are not there (a database seeded with another factory); returns whether it wrote.
    /// </summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.GetAsync(SupplierId, FootprintId, cancellationToken) is not null || await suppliers.GetAsync(SupplierId, cancellationToken) is null)
        {
            return false;
        }
        foreach (var (materialId, _) in Mappings)
        {
            if (await materials.GetAsync(materialId, cancellationToken) is not { SupplierId: SupplierId })
            {
                return false;
            }
        }
        foreach (var (materialId, productId) in Mappings)
        {
            await store.SetProductIdsAsync(materialId, [productId], cancellationToken);
        }
        await using var stream = typeof(DemoSupplierFootprintSeeder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The demo sample {Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var json = await reader.ReadToEndAsync(cancellationToken);
        var stored = await service.UploadAsync(SupplierId, json, SupplierFootprintRecord.FromDemoSample,
            "demo sample data shipped with the server (Startup/DemoData/kt-metals-dc01-sample-footprint.json), not a real supplier's declaration", cancellationToken);
        if (stored.Outcome != ServiceOutcome.Ok)
        {
            throw new InvalidOperationException($"The demo's sample supplier footprint does not validate: {string.Join(" ", stored.Errors.Select(e => e.Message))}");
        }
        logger.LogInformation("Seeded the demo's sample supplier footprint (demo sample data) for {Materials}", string.Join(", ", Mappings.Select(m => m.MaterialId)));
        return true;
    }
}
