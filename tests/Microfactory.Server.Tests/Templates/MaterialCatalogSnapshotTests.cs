using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Templates;

/// <summary>
/// Designs are evaluated against a kept snapshot of the materials; a change to the materials must reach the very
/// next design, whether it came through the API or straight into the database from another process.
/// </summary>
public sealed class MaterialCatalogSnapshotTests
{
    private const string Material = "mat_steel_dc01_1_5";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Design_AfterAPriceChangeInTheDatabase_UsesTheNewPrice(string engine)
    {
        await using var host = await TestHost.StartAsync(engine);
        using var admin = host.Admin();
        var before = await SteelUnitPriceAsync(admin);

        await using (var connection = await host.Database.Database.OpenAsync())
        {
            // As another process would: no call into this server, only the row changes.
            var changed = await connection.ExecuteAsync(
                "UPDATE materials SET price_per_unit = @Price, updated_at_ms = updated_at_ms + 1 WHERE id = @Material", new { Material, Price = before * 3 });
            Assert.Equal(1, changed);
        }

        var after = await SteelUnitPriceAsync(admin);
        Assert.Equal(before * 3, after);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Design_AfterAPriceChangeThroughTheApi_UsesTheNewPrice(string engine)
    {
        await using var host = await TestHost.StartAsync(engine);
        using var admin = host.Admin();
        var before = await SteelUnitPriceAsync(admin);
        var material = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/materials/{Material}")).RootElement;
        var price = material.GetProperty("pricePerUnit").GetDecimal();

        var body = new Dictionary<string, object?>
        {
            ["name"] = material.GetProperty("name").GetString(),
            ["unit"] = material.GetProperty("unit").GetString(),
            ["pricePerUnit"] = price * 2,
            ["supplierId"] = material.GetProperty("supplierId").GetString(),
            ["kgCo2ePerUnit"] = material.GetProperty("kgCo2ePerUnit").GetDouble(),
            ["emissionFactorSource"] = material.GetProperty("emissionFactorSource").GetString(),
            ["recycledContentPercent"] = material.GetProperty("recycledContentPercent").GetDouble(),
            ["recyclability"] = material.GetProperty("recyclability").GetString(),
            ["densityKgPerM3"] = material.GetProperty("densityKgPerM3").GetDouble(),
            ["thicknessMm"] = material.GetProperty("thicknessMm").GetDouble(),
        };
        var put = await admin.PutAsJsonAsync($"/api/v1/materials/{Material}", body);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.Equal(before * 2, await SteelUnitPriceAsync(admin));
    }

    private static async Task<decimal> SteelUnitPriceAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["material"] = Material } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var design = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("design");
        var steel = Assert.Single(design.GetProperty("bom").EnumerateArray(), l => l.GetProperty("materialId").GetString() == Material);
        return steel.GetProperty("unitPrice").GetDecimal();
    }
}
