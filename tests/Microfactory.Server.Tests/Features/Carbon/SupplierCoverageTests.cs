using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Carbon;

/// <summary>
/// Supplier coverage as a buyer of materials meets it: the materials of the units a factory completed, by mass and by
/// spend, checked against figures computed here from the design's bill of materials and the catalogue's prices; a material
/// counts as covered only once a supplier's own footprint for it is in and valid.
/// </summary>
public sealed class SupplierCoverageTests
{
    private const string Length = "600 mm";

    /// <summary>Makes one wall shelf by the operator's buttons, every operation in turn; answers its order id.</summary>
    internal static async Task<string> CompleteOneUnitAsync(TestHost host, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, HttpClient admin)
    {
        var customer = await host.CreateCustomerAsync("Coverage buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 1, length: Length);
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var pending = PlanWatch.OperationsOf(plan, order).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (pending.FirstOrDefault(o => !done.Contains(o.GetProperty("operationId").GetString()!)
            && o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!))) is { ValueKind: JsonValueKind.Object } next)
        {
            var id = next.GetProperty("operationId").GetString()!;
            time.Advance(TimeSpan.FromMinutes(1));
            var started = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { }, TestHost.Json);
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            time.Advance(TimeSpan.FromMinutes(5));
            var finished = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 }, TestHost.Json);
            Assert.True(finished.IsSuccessStatusCode, await finished.Content.ReadAsStringAsync());
            done.Add(id);
        }
        time.Advance(TimeSpan.FromMinutes(1));
        return order;
    }

    /// <summary>The design's materials by id: (quantity, kg, spend at the catalogue price).</summary>
    internal static async Task<Dictionary<string, (decimal Quantity, decimal MassKg, decimal Spend)>> ExpectedAsync(HttpClient admin)
    {
        var design = (await (await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["length"] = Length } }, TestHost.Json)).Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("design");
        var expected = new Dictionary<string, (decimal, decimal, decimal)>(StringComparer.Ordinal);
        foreach (var group in design.GetProperty("bom").EnumerateArray().GroupBy(b => b.GetProperty("materialId").GetString()!))
        {
            var price = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{group.Key}", TestHost.Json)).GetProperty("pricePerUnit").GetDecimal();
            var quantity = group.Sum(b => b.GetProperty("quantity").GetDecimal());
            var mass = group.Sum(b => b.TryGetProperty("massKg", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDecimal() : 0m);
            expected[group.Key] = (quantity, mass, Math.Round(Math.Round(quantity, 6) * price, 2));
        }
        return expected;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetSupplierCoverage_UnitMadeWithSecondaryDataOnly_CountsItsMaterialsAsUncovered(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var _ = host;
        using var admin = host.Admin();
        var empty = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage", TestHost.Json);
        Assert.Equal((0, JsonValueKind.Null), (empty.GetProperty("units").GetInt32(), empty.GetProperty("byMass").GetProperty("share").ValueKind));

        await CompleteOneUnitAsync(host, time, admin);
        var expected = await ExpectedAsync(admin);
        var coverage = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage", TestHost.Json);

        Assert.Equal(1, coverage.GetProperty("units").GetInt32());
        Assert.Equal(0.8m, coverage.GetProperty("target").GetDecimal());
        var materials = coverage.GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("materialId").GetString()!);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), materials.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, (quantity, mass, spend)) in expected)
        {
            var m = materials[id];
            Assert.Equal((Math.Round(quantity, 6), Math.Round(mass, 6), spend, false),
                (m.GetProperty("quantity").GetDecimal(), m.GetProperty("massKg").GetDecimal(), m.GetProperty("spend").GetDecimal(), m.GetProperty("covered").GetBoolean()));
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("source").GetString()));
        }
        var byMass = coverage.GetProperty("byMass");
        Assert.Equal((Math.Round(expected.Values.Sum(e => e.MassKg), 6), 0m, 0m, false),
            (byMass.GetProperty("total").GetDecimal(), byMass.GetProperty("covered").GetDecimal(), byMass.GetProperty("share").GetDecimal(), byMass.GetProperty("meetsTarget").GetBoolean()));
        Assert.Equal(expected.Values.Sum(e => e.Spend), coverage.GetProperty("bySpend").GetProperty("total").GetDecimal());
        var suppliers = coverage.GetProperty("suppliers").EnumerateArray().ToList();
        Assert.Equal(expected.Values.Sum(e => e.Spend), suppliers.Sum(s => s.GetProperty("bySpend").GetProperty("total").GetDecimal()));
        Assert.All(suppliers, s => Assert.Equal(0, s.GetProperty("coveredMaterials").GetInt32()));

        // A window before the unit was made holds nothing.
        var before = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage?from=2029-01-01T00:00:00Z&to=2029-06-01T00:00:00Z", TestHost.Json);
        Assert.Equal(0, before.GetProperty("units").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetSupplierCoverage_SupplierFootprintUploadedAndMapped_CountsThatMaterialAsCovered(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var _ = host;
        using var admin = host.Admin();
        await CompleteOneUnitAsync(host, time, admin);
        var expected = await ExpectedAsync(admin);

        // The heaviest material of the shelf gets its supplier's own PACT footprint: uploaded, then mapped to the material.
        var (materialId, bought) = expected.Where(e => e.Value.MassKg > 0).OrderByDescending(e => e.Value.MassKg).First();
        var supplierId = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{materialId}", TestHost.Json)).GetProperty("supplierId").GetString()!;
        await using var sample = typeof(Microfactory.Server.Startup.DemoSupplierFootprintSeeder).Assembly
            .GetManifestResourceStream("Microfactory.Server.Startup.DemoData.kt-metals-dc01-sample-footprint.json")!;
        var document = JsonNode.Parse(sample)!;
        const string productId = "urn:pact:coverage-test.example:product-id:sheet";
        document["id"] = Guid.NewGuid().ToString("D");
        document["productIds"] = new JsonArray(productId);
        var validUntil = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddDays(30);
        document["validityPeriodStart"] = validUntil.AddYears(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        document["validityPeriodEnd"] = validUntil.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        using var planner = await host.UserAsync("planner");
        var uploaded = await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints",
            new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var notYetMapped = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage", TestHost.Json);
        Assert.Equal(0m, notYetMapped.GetProperty("byMass").GetProperty("covered").GetDecimal());
        var mapped = await planner.PutAsJsonAsync($"/api/v1/materials/{materialId}/supplier-product-ids", new { productIds = new[] { productId } }, TestHost.Json);
        Assert.True(mapped.IsSuccessStatusCode, await mapped.Content.ReadAsStringAsync());

        var coverage = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage", TestHost.Json);

        var materials = coverage.GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("materialId").GetString()!);
        Assert.True(materials[materialId].GetProperty("covered").GetBoolean());
        Assert.All(materials.Where(m => m.Key != materialId), m => Assert.False(m.Value.GetProperty("covered").GetBoolean()));
        var totalMass = Math.Round(expected.Values.Sum(e => e.MassKg), 6);
        var totalSpend = expected.Values.Sum(e => e.Spend);
        var byMass = coverage.GetProperty("byMass");
        var bySpend = coverage.GetProperty("bySpend");
        var massShare = Math.Round(Math.Round(bought.MassKg, 6) / totalMass, 4);
        var spendShare = Math.Round(bought.Spend / totalSpend, 4);
        Assert.Equal((Math.Round(bought.MassKg, 6), massShare, massShare >= 0.8m),
            (byMass.GetProperty("covered").GetDecimal(), byMass.GetProperty("share").GetDecimal(), byMass.GetProperty("meetsTarget").GetBoolean()));
        Assert.Equal((bought.Spend, spendShare, spendShare >= 0.8m),
            (bySpend.GetProperty("covered").GetDecimal(), bySpend.GetProperty("share").GetDecimal(), bySpend.GetProperty("meetsTarget").GetBoolean()));
        var supplier = coverage.GetProperty("suppliers").EnumerateArray().Single(s => s.GetProperty("supplierId").GetString() == supplierId);
        Assert.Equal(1, supplier.GetProperty("coveredMaterials").GetInt32());

        // A day after the footprint's validity ends, the material falls back to secondary data and is uncovered again.
        var after = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage?on={validUntil.AddDays(1):yyyy-MM-dd}T00:00:00Z", TestHost.Json);
        Assert.Equal(0m, after.GetProperty("byMass").GetProperty("covered").GetDecimal());
    }

    [Fact]
    public async Task GetSupplierCoverage_BadQueriesAndRoles_AreRefusedAndNamed()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Curious buyer");
        using var buyer = await host.UserAsync("customer", customer);
        using var operatorClient = await host.UserAsync("operator");
        var path = $"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage";

        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path + "?from=yesterday"), HttpStatusCode.BadRequest, "from");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path + "?on=2030-01-01"), HttpStatusCode.BadRequest, "on");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path + "?from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z"), HttpStatusCode.BadRequest, "to");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path + "?from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z"), HttpStatusCode.BadRequest, "to");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/factories/fac_nowhere/supplier-coverage"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/factories/{new string('x', 3000)}/supplier-coverage"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync(path), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync(path)).StatusCode);
    }
}
