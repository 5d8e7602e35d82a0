using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Carbon.Model;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Startup;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.SupplierFootprints;

/// <summary>
/// The demo as a visitor gets it: its sample supplier footprint (labelled demo sample data) is used for the two DC01
/// sheets and for nothing else; a connection configured for automation is there at start, without its secret.
/// </summary>
public sealed class DemoSupplierFootprintTests
{
    [Fact]
    public async Task Demo_SampleSupplierFootprint_IsUsedForTheMappedSheetsOnlyAndLabelledAsSample()
    {
        await using var host = await TestHost.StartAsync(settings:
        [
            "--Microfactory:Seed:DemoSupplierFootprints=true",
            "--Microfactory:Suppliers:PactConnections:0:SupplierId=sup_sz_polymers",
            "--Microfactory:Suppliers:PactConnections:0:BaseUrl=https://pact.sz-polymers.example/",
            "--Microfactory:Suppliers:PactConnections:0:ClientId=microfactory-buyer",
            "--Microfactory:Suppliers:PactConnections:0:ClientSecret=configured-secret-for-automation",
            "--Microfactory:Suppliers:PactConnections:0:Enabled=false",
        ]);
        var factory = await host.Service<FactoryStore>().GetAsync(KwunTongDemo.FactoryId, CancellationToken.None);
        var on = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

        var result = await host.Service<FootprintService>().CalculateAsync(FootprintKind.Estimate, "demo-supplier-sample", 1, on,
            [new BomQuantity("mat_steel_dc01_1_5", 2.0, "kg", 2.0), new BomQuantity("mat_al5052_2_0", 1.0, "kg", 1.0), new BomQuantity("mat_ss304_1_2", 0.5, "kg", 0.5)],
            [], factory!, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Problem?.ToString());
        var steel = result.Footprint.Lines.Single(l => l.Category == LineCategory.Materials && l.Item == "mat_steel_dc01_1_5");
        Assert.Equal(DataType.Primary, steel.DataType);
        Assert.Equal($"Kwun Tong Metals Trading Ltd. (demo sample) PCF {DemoSupplierFootprintSeeder.FootprintId:D}", steel.FactorSource);
        Assert.Equal(2.05m, steel.Factor);
        Assert.Equal(45m, steel.PrimaryDataSharePercent);
        foreach (var other in new[] { "mat_al5052_2_0", "mat_ss304_1_2" })
        {
            var line = result.Footprint.Lines.Single(l => l.Category == LineCategory.Materials && l.Item == other);
            Assert.Equal(DataType.Secondary, line.DataType);
            Assert.Equal(KwunTongDemo.Materials.Single(m => m.Id == other).EmissionFactorSource, line.FactorSource);
        }
        using var admin = host.Admin();
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{DemoSupplierFootprintSeeder.SupplierId}/footprints", TestHost.Json);
        var sample = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("demo-sample", sample.GetProperty("provenance").GetString());
        Assert.Contains("not a real supplier's declaration", sample.GetProperty("sourceUrl").GetString());
        Assert.Equal(["mat_steel_dc01_1_5", "mat_steel_dc01_2_0"], sample.GetProperty("materialIds").EnumerateArray().Select(m => m.GetString()));

        var configured = await admin.GetAsync("/api/v1/suppliers/sup_sz_polymers/pact-connection");
        var text = await configured.Content.ReadAsStringAsync();
        Assert.True(configured.IsSuccessStatusCode, text);
        var connection = JsonDocument.Parse(text).RootElement;
        Assert.Equal("configuration", connection.GetProperty("origin").GetString());
        Assert.False(connection.GetProperty("enabled").GetBoolean());
        Assert.DoesNotContain("configured-secret-for-automation", text, StringComparison.Ordinal);
    }
}
