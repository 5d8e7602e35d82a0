using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Core.Demo;
using Microfactory.Core.Materials;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.SupplierFootprints;
using Microfactory.Server.Tests.Features.Pact;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.SupplierFootprints;

/// <summary>
/// The PACT client against our own PACT host standing in for a supplier, over HTTPS on 127.0.0.1: every page is read and
/// stored with provenance, re-syncs add nothing, a successor deprecates its predecessor, wrong credentials, a host that
/// is down, a 5xx or an expired token, a broken document; then the engine takes the stored footprint for a mapped material.
/// Each test uses a supplier, materials and product ids of its own on the buyer.
/// </summary>
public sealed class SupplierFootprintSyncTests(SupplierPactFixture fixture) : IClassFixture<SupplierPactFixture>
{
    private static readonly DateTimeOffset On = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Sync_SupplierHostOverHttps_StoresEveryPageWithProvenance(string engine)
    {
        var buyer = fixture.Buyer(engine).Host;
        var products = Enumerable.Range(0, 5).Select(_ => PactSampleFootprints.NewProductId()).ToList();
        var published = new List<ProductFootprintRecord>();
        foreach (var product in products)
        {
            published.Add(await PactSampleFootprints.PublishAsync(fixture.Supplier.Host, product));
        }
        var listed = await fixture.ListedCountAsync();
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Supplier.Https);

        var sync = await SyncAsync(buyer, supplierId);

        Assert.Empty(sync.GetProperty("errors").EnumerateArray());
        Assert.Equal(0, sync.GetProperty("rejected").GetInt32());
        Assert.Equal(listed, sync.GetProperty("fetched").GetInt32());
        Assert.Equal((listed + 1) / 2, sync.GetProperty("pages").GetInt32());
        Assert.True(sync.GetProperty("pages").GetInt32() >= 3, sync.ToString());
        var stored = await FootprintsAsync(buyer, supplierId);
        Assert.Equal(listed, stored.Count);
        foreach (var record in published)
        {
            var footprint = stored.Single(f => f.GetProperty("footprintId").GetGuid() == record.Id);
            Assert.Equal("pact-api", footprint.GetProperty("provenance").GetString());
            Assert.StartsWith(new Uri(fixture.Supplier.Https, "/3/footprints").ToString(), footprint.GetProperty("sourceUrl").GetString());
            Assert.Equal("Active", footprint.GetProperty("status").GetString());
            Assert.Equal(Pact(record.Breakdown.KgCo2ePerDeclaredUnit), footprint.GetProperty("kgCo2ePerDeclaredUnit").GetDecimal());
            Assert.Equal(record.ValidFrom, footprint.GetProperty("validFrom").GetDateTimeOffset());
            Assert.Equal(record.ValidUntil, footprint.GetProperty("validUntil").GetDateTimeOffset());
            Assert.Equal(record.ProductIds, footprint.GetProperty("productIds").EnumerateArray().Select(p => p.GetString()));
        }
        var raw = await fixture.Buyer(engine).Service<SupplierFootprintStore>().GetAsync(supplierId, published[0].Id, CancellationToken.None);
        Assert.Equal(published[0].Id.ToString("D"), JsonDocument.Parse(raw!.RawJson).RootElement.GetProperty("id").GetString());
        var connection = await (await buyer.UserAsync("planner")).GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{supplierId}/pact-connection", TestHost.Json);
        Assert.StartsWith($"{listed} fetched", connection.GetProperty("lastSyncSummary").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Sync_Twice_StoresNoDuplicatesAndDeprecatesPredecessors(string engine)
    {
        var buyer = fixture.Buyer(engine).Host;
        var product = PactSampleFootprints.NewProductId();
        var old = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host, product, steelKg: 3m);
        var supplierId = await NewSupplierAsync(buyer);
        var materialId = await NewMaterialAsync(buyer, supplierId, product);
        await ConnectAsync(buyer, supplierId, fixture.Supplier.Https);
        var first = await SyncAsync(buyer, supplierId);
        var again = await SyncAsync(buyer, supplierId);

        Assert.Empty(again.GetProperty("errors").EnumerateArray());
        Assert.Equal(0, again.GetProperty("stored").GetInt32());
        Assert.Equal(first.GetProperty("fetched").GetInt32(), again.GetProperty("unchanged").GetInt32());
        Assert.Equal(first.GetProperty("fetched").GetInt32(), (await FootprintsAsync(buyer, supplierId)).Count);

        var successor = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host, product, steelKg: 2.5m, preceding: [old.Id]);
        var third = await SyncAsync(buyer, supplierId);

        Assert.Equal(first.GetProperty("fetched").GetInt32() + 1, (await FootprintsAsync(buyer, supplierId)).Count);
        Assert.True(third.GetProperty("stored").GetInt32() >= 1, third.ToString());
        var footprints = await FootprintsAsync(buyer, supplierId);
        Assert.Equal("Deprecated", footprints.Single(f => f.GetProperty("footprintId").GetGuid() == old.Id).GetProperty("status").GetString());
        Assert.Equal("Active", footprints.Single(f => f.GetProperty("footprintId").GetGuid() == successor.Id).GetProperty("status").GetString());
        var valid = await fixture.Buyer(engine).Service<SupplierFootprintLookup>().ValidForAsync([materialId], On, CancellationToken.None);
        Assert.Equal(successor.Id.ToString("D"), Assert.Single(valid).FootprintId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Calculate_AfterSync_TakesTheSupplierFootprintInsteadOfTheSecondaryFactor(string engine)
    {
        var pact = fixture.Buyer(engine);
        var buyer = pact.Host;
        var product = PactSampleFootprints.NewProductId();
        var published = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host, product);
        var supplierId = await NewSupplierAsync(buyer);
        var materialId = await NewMaterialAsync(buyer, supplierId, product);
        var unmapped = await NewMaterialAsync(buyer, supplierId, PactSampleFootprints.NewProductId());
        await ConnectAsync(buyer, supplierId, fixture.Supplier.Https);
        var store = pact.Service<SupplierFootprintStore>();

        var before = await CalculateAsync(pact, materialId, unmapped);
        Assert.Empty(await store.CoveredAsync([materialId, unmapped], On, CancellationToken.None));
        await SyncAsync(buyer, supplierId);
        var after = await CalculateAsync(pact, materialId, unmapped);

        var secondary = before.Lines.Single(l => l.Item == materialId);
        Assert.Equal(DataType.Secondary, secondary.DataType);
        Assert.Equal(SecondarySource, secondary.FactorSource);
        Assert.Equal(5m, secondary.Factor);
        var primary = after.Lines.Single(l => l.Item == materialId);
        Assert.Equal(DataType.Primary, primary.DataType);
        Assert.EndsWith($"PCF {published.Id:D}", primary.FactorSource);
        Assert.Equal(Pact(published.Breakdown.KgCo2ePerDeclaredUnit), primary.Factor);
        Assert.Equal(Pact(published.Breakdown.PrimaryDataSharePercent), primary.PrimaryDataSharePercent);
        Assert.Equal(Pact(3m * Pact(published.Breakdown.KgCo2ePerDeclaredUnit)), Pact(primary.KgCo2e));
        // A material of the same supplier without the footprint's product id keeps its secondary factor.
        Assert.Equal(DataType.Secondary, after.Lines.Single(l => l.Item == unmapped).DataType);
        Assert.Equal([materialId], await store.CoveredAsync([materialId, unmapped], On, CancellationToken.None));
        Assert.Empty(await store.CoveredAsync([materialId], published.ValidUntil.AddDays(1), CancellationToken.None));
        var listed = await FootprintsAsync(buyer, supplierId);
        Assert.Equal([materialId], listed.Single(f => f.GetProperty("footprintId").GetGuid() == published.Id).GetProperty("materialIds").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Sync_WrongSecret_ReportsTheRefusedCredentialsAndStoresNothing()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Supplier.Https, secret: "not-the-secret-the-supplier-issued");

        var sync = await SyncAsync(buyer, supplierId);

        var error = Assert.Single(sync.GetProperty("errors").EnumerateArray());
        Assert.Equal(401, error.GetProperty("status").GetInt32());
        Assert.Equal("invalid_client", error.GetProperty("code").GetString());
        Assert.Equal(new Uri(fixture.Supplier.Https, "/auth/token").ToString(), error.GetProperty("url").GetString());
        Assert.Contains($"client '{PactHost.ClientId}'", error.GetProperty("message").GetString());
        Assert.Equal(0, sync.GetProperty("fetched").GetInt32());
        Assert.Empty(await FootprintsAsync(buyer, supplierId));
    }

    [Fact]
    public async Task Sync_SupplierHostDown_ReportsItUnreachableStoresNothingAndServerStaysUp()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        var down = new Uri($"https://127.0.0.1:{FreePort.Next()}/");
        await ConnectAsync(buyer, supplierId, down);

        var sync = await SyncAsync(buyer, supplierId);

        var error = Assert.Single(sync.GetProperty("errors").EnumerateArray());
        Assert.StartsWith(new Uri(down, "/.well-known/openid-configuration").ToString(), error.GetProperty("url").GetString());
        Assert.Contains("could not be reached", error.GetProperty("message").GetString());
        Assert.Contains("after 4 attempts", error.GetProperty("message").GetString());
        Assert.Empty(await FootprintsAsync(buyer, supplierId));
        using var anonymous = buyer.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Sync_ServerErrorThenSuccess_RetriesAfterRetryAfterAndStoresEverything()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var published = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host);
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Proxy.Https);
        var seenBefore = fixture.Proxy.Seen.Count;
        fixture.Proxy.FailNext(503, times: 2, retryAfter: "1");

        var sync = await SyncAsync(buyer, supplierId);

        Assert.Empty(sync.GetProperty("errors").EnumerateArray());
        // Two refused attempts, then every page once.
        Assert.Equal(2 + sync.GetProperty("pages").GetInt32(), fixture.Proxy.Seen.Skip(seenBefore).Count(r => r == "GET /3/footprints"));
        Assert.Contains(await FootprintsAsync(buyer, supplierId), f => f.GetProperty("footprintId").GetGuid() == published.Id);
        Assert.Equal(await fixture.ListedCountAsync(), sync.GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task Sync_TokenRefusedOnAPage_GetsOneFreshTokenAndGoesOn()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Proxy.Https);
        var seenBefore = fixture.Proxy.Seen.Count;
        fixture.Proxy.FailNext(401);

        var sync = await SyncAsync(buyer, supplierId);

        Assert.Empty(sync.GetProperty("errors").EnumerateArray());
        // Each token starts from the discovery document (which names the supplier's own token endpoint).
        Assert.Equal(2, fixture.Proxy.Seen.Skip(seenBefore).Count(r => r == "GET /.well-known/openid-configuration"));
        Assert.Equal(await fixture.ListedCountAsync(), sync.GetProperty("fetched").GetInt32());
    }

    [Fact]
    public async Task Sync_HostWithoutDiscovery_TakesTheTokenFromAuthToken()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Proxy.Https);
        var seenBefore = fixture.Proxy.Seen.Count;
        fixture.Proxy.HideDiscovery = true;
        JsonElement sync;
        try
        {
            sync = await SyncAsync(buyer, supplierId);
        }
        finally
        {
            fixture.Proxy.HideDiscovery = false;
        }

        Assert.Empty(sync.GetProperty("errors").EnumerateArray());
        Assert.Equal(["GET /.well-known/openid-configuration", "POST /auth/token", "GET /3/footprints"], fixture.Proxy.Seen.Skip(seenBefore).Take(3));
        Assert.Equal(await fixture.ListedCountAsync(), sync.GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task Sync_TokenRefusedTwice_ReportsTheSecond401()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Proxy.Https);
        fixture.Proxy.FailNext(401, times: 2);

        var sync = await SyncAsync(buyer, supplierId);

        var error = Assert.Single(sync.GetProperty("errors").EnumerateArray());
        Assert.Equal(401, error.GetProperty("status").GetInt32());
        Assert.Equal("TokenExpired", error.GetProperty("code").GetString());
        Assert.Empty(await FootprintsAsync(buyer, supplierId));
    }

    [Fact]
    public async Task Sync_InvalidFootprint_IsRejectedWithItsReasonAndTheOthersStored()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var broken = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host);
        var good = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host);
        var supplierId = await NewSupplierAsync(buyer);
        await ConnectAsync(buyer, supplierId, fixture.Proxy.Https);
        fixture.Proxy.BrokenFootprintId = broken.Id.ToString("D");
        JsonElement sync;
        try
        {
            sync = await SyncAsync(buyer, supplierId);
        }
        finally
        {
            fixture.Proxy.BrokenFootprintId = null;
        }

        Assert.Empty(sync.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, sync.GetProperty("rejected").GetInt32());
        var reason = Assert.Single(sync.GetProperty("rejectedReasons").EnumerateArray());
        Assert.Equal(broken.Id.ToString("D"), reason.GetProperty("footprintId").GetString());
        Assert.Equal("specVersion", reason.GetProperty("field").GetString());
        var stored = await FootprintsAsync(buyer, supplierId);
        Assert.DoesNotContain(stored, f => f.GetProperty("footprintId").GetGuid() == broken.Id);
        Assert.Contains(stored, f => f.GetProperty("footprintId").GetGuid() == good.Id);
        Assert.Equal(sync.GetProperty("fetched").GetInt32() - 1, stored.Count);
    }

    [Fact]
    public async Task BackgroundSync_ConfiguredConnection_RunsAtStartAndStopsAtMaxPages()
    {
        var bounded = fixture.Bounded.Host;
        using var admin = bounded.Admin();
        JsonElement connection;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            connection = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{SupplierPactFixture.ConfiguredSupplierId}/pact-connection", TestHost.Json);
        }
        while (connection.GetProperty("lastSyncAt").ValueKind == JsonValueKind.Null && waited.Elapsed < TimeSpan.FromSeconds(60));

        Assert.Equal("configuration", connection.GetProperty("origin").GetString());
        Assert.True(connection.GetProperty("enabled").GetBoolean());
        var summary = connection.GetProperty("lastSyncSummary").GetString()!;
        Assert.True(summary.Contains("on 2 page(s)", StringComparison.Ordinal) && summary.Contains("Stopped after 2 pages", StringComparison.Ordinal), summary);
        // What the two pages brought is kept.
        Assert.Equal(4, (await FootprintsAsync(bounded, SupplierPactFixture.ConfiguredSupplierId)).Count);
    }

    [Fact]
    public async Task Sync_SupplierTooSlow_TimesOutEachAttemptAndReportsIt()
    {
        var bounded = fixture.Bounded.Host;
        var supplierId = await NewSupplierAsync(bounded);
        await ConnectAsync(bounded, supplierId, fixture.Proxy.Https);
        fixture.Proxy.DelayNext(TimeSpan.FromSeconds(10), times: 2);

        var sync = await SyncAsync(bounded, supplierId);

        var error = Assert.Single(sync.GetProperty("errors").EnumerateArray());
        Assert.StartsWith(new Uri(fixture.Proxy.Https, "/3/footprints").ToString(), error.GetProperty("url").GetString());
        Assert.Contains("did not answer within 4 s", error.GetProperty("message").GetString());
        Assert.Contains("after 2 attempts", error.GetProperty("message").GetString());
        Assert.Empty(await FootprintsAsync(bounded, supplierId));
    }

    [Fact]
    public async Task Upload_SupplierDocument_IsStoredWithProvenanceUploadAndBadOnesNameTheField()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        var document = await SupplierDocumentAsync();
        var planner = await buyer.UserAsync("planner");

        var created = await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json(document.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var footprint = await created.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
        Assert.Equal("upload", footprint.GetProperty("provenance").GetString());
        Assert.StartsWith("uploaded through the API by usr_", footprint.GetProperty("sourceUrl").GetString());
        Assert.Equal((string?)document["id"], footprint.GetProperty("footprintId").GetString());
        var raw = await fixture.Buyer("sqlite").Service<SupplierFootprintStore>().GetAsync(supplierId, Guid.Parse((string)document["id"]!), CancellationToken.None);
        Assert.Equal(document.ToJsonString(), raw!.RawJson);

        var missingAmount = JsonNode.Parse(document.ToJsonString())!;
        missingAmount["pcf"]!.AsObject().Remove("declaredUnitAmount");
        await ProblemAssert.IsProblemAsync(await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json(missingAmount.ToJsonString())),
            HttpStatusCode.BadRequest, "pcf.declaredUnitAmount");
        var empty = await ProblemAssert.IsProblemAsync(await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json("{}")), HttpStatusCode.BadRequest, "pcf");
        Assert.Equal(SupplierFootprintUploadInput.RequiredNames.Order(), empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await ProblemAssert.IsProblemAsync(await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json("{\"id\": ")), HttpStatusCode.BadRequest, "body");
        var tooLarge = await planner.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json("{\"comment\": \"" + new string('x', 300_000) + "\"}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Single(await FootprintsAsync(buyer, supplierId));
        await ProblemAssert.IsProblemAsync(await planner.PostAsync("/api/v1/suppliers/sup_unknown/footprints", Json(document.ToJsonString())), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Roles_CustomersAndOperators_AreRefusedAndNoOneSeesTheSecret()
    {
        var buyer = fixture.Buyer("sqlite").Host;
        var supplierId = await NewSupplierAsync(buyer);
        const string secret = "a-secret-no-api-may-return-0000";
        await ConnectAsync(buyer, supplierId, fixture.Supplier.Https, secret: secret);
        var customer = await buyer.UserAsync("customer", await buyer.CreateCustomerAsync("Supplier data customer"));
        var operatorUser = await buyer.UserAsync("operator");
        var planner = await buyer.UserAsync("planner");
        var connection = new { baseUrl = fixture.Supplier.Https.ToString(), clientId = PactHost.ClientId, clientSecret = secret };
        foreach (var refused in new[] { customer, operatorUser })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PutAsJsonAsync($"/api/v1/suppliers/{supplierId}/pact-connection", connection, TestHost.Json)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync($"/api/v1/suppliers/{supplierId}/pact-connection")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostAsync($"/api/v1/suppliers/{supplierId}/pact-connection/sync", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync($"/api/v1/suppliers/{supplierId}/footprints")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostAsync($"/api/v1/suppliers/{supplierId}/footprints", Json("{}"))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync($"/api/v1/materials/{KwunTongDemo.Materials[0].Id}/supplier-product-ids")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PutAsJsonAsync($"/api/v1/suppliers/{supplierId}/pact-connection", connection, TestHost.Json)).StatusCode);
        var asPlanner = await planner.GetAsync($"/api/v1/suppliers/{supplierId}/pact-connection");
        Assert.Equal(HttpStatusCode.OK, asPlanner.StatusCode);
        using var admin = buyer.Admin();
        var asAdmin = await admin.GetAsync($"/api/v1/suppliers/{supplierId}/pact-connection");
        foreach (var body in new[] { await asPlanner.Content.ReadAsStringAsync(), await asAdmin.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        }
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/v1/suppliers/{supplierId}/pact-connection",
            new { baseUrl = "http://plain.example/", clientId = "x", clientSecret = "y" }, TestHost.Json), HttpStatusCode.BadRequest, "baseUrl");
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/v1/materials/{KwunTongDemo.Materials[0].Id}/supplier-product-ids",
            new { productIds = new[] { "not a urn" } }, TestHost.Json), HttpStatusCode.BadRequest, "productIds[0]");
    }

    /// <summary>A figure as PACT carries it (the writer rounds to the engine's decimals).</summary>
    private static decimal Pact(decimal value) => decimal.Round(value, FootprintCalculator.Decimals, MidpointRounding.ToEven);

    private const string SecondarySource = "test secondary factor, 5 kg CO2e per piece";

    private static async Task<Footprint> CalculateAsync(PactHost buyer, params string[] materialIds)
    {
        var factory = await buyer.Service<FactoryStore>().GetAsync(KwunTongDemo.FactoryId, CancellationToken.None);
        var result = await buyer.Service<FootprintService>().CalculateAsync(
            FootprintKind.Estimate, "supplier-footprint-test", 1, On, [.. materialIds.Select(m => new BomQuantity(m, 3, "piece", null))], [], factory!, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return result.Footprint;
    }

    /// <summary>A PACT v3 document as the supplier's host publishes it, with an id and product of its own (not on the supplier's list).</summary>
    private async Task<JsonNode> SupplierDocumentAsync()
    {
        var published = await PactSampleFootprints.PublishAsync(fixture.Supplier.Host);
        using var client = await fixture.Supplier.AuthorizedAsync();
        var document = JsonNode.Parse(await client.GetStringAsync($"/3/footprints/{published.Id:D}"))!["data"]!;
        document["id"] = Guid.NewGuid().ToString("D");
        document["productIds"] = new JsonArray(PactSampleFootprints.NewProductId());
        return JsonNode.Parse(document.ToJsonString())!;
    }

    private static async Task<string> NewSupplierAsync(TestHost buyer)
    {
        using var admin = buyer.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/suppliers",
            new { name = $"Supplier {Guid.NewGuid():N}", country = "HK", leadTimeDays = 3, contactEmail = "pact@supplier.example" }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
    }

    /// <summary>A material bought by the piece from the supplier, 5 kg CO2e per piece as its secondary factor, mapped to <paramref name="productId"/>.</summary>
    private static async Task<string> NewMaterialAsync(TestHost buyer, string supplierId, string productId)
    {
        using var admin = buyer.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/materials", new
        {
            name = $"Bought-in shelf {Guid.NewGuid():N}",
            unit = "piece",
            pricePerUnit = 120m,
            supplierId,
            kgCo2ePerUnit = 5.0,
            emissionFactorSource = SecondarySource,
            recycledContentPercent = 0.0,
            recyclability = Recyclability.Recyclable,
        }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var materialId = (await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
        var planner = await buyer.UserAsync("planner");
        var mapped = await planner.PutAsJsonAsync($"/api/v1/materials/{materialId}/supplier-product-ids", new { productIds = new[] { productId.ToUpperInvariant().Replace("URN:", "urn:", StringComparison.Ordinal) } }, TestHost.Json);
        Assert.True(mapped.IsSuccessStatusCode, await mapped.Content.ReadAsStringAsync());
        return materialId;
    }

    private static async Task ConnectAsync(TestHost buyer, string supplierId, Uri baseUrl, string secret = PactHost.ClientSecret)
    {
        using var admin = buyer.Admin();
        var response = await admin.PutAsJsonAsync($"/api/v1/suppliers/{supplierId}/pact-connection",
            new { baseUrl = baseUrl.ToString(), clientId = PactHost.ClientId, clientSecret = secret, enabled = false }, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> SyncAsync(TestHost buyer, string supplierId)
    {
        var planner = await buyer.UserAsync("planner");
        var response = await planner.PostAsync($"/api/v1/suppliers/{supplierId}/pact-connection/sync", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
    }

    private static async Task<List<JsonElement>> FootprintsAsync(TestHost buyer, string supplierId)
    {
        using var admin = buyer.Admin();
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{supplierId}/footprints?pageSize=200", TestHost.Json);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
