using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Passports;

/// <summary>
/// The AAS API (Part 2, read): shells and submodels by base64url-encoded id, paged with limit and cursor until the cursor is
/// left out, each item the same JSON as the passport's; anonymous callers see finished units only; bad ids, limits and
/// cursors are 400 and unknown ids 404, both in the specification's Result shape.
/// </summary>
public sealed class AasApiTests
{
    private static string B64(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    private static async Task<List<JsonNode>> AllPagesAsync(HttpClient client, string path, int limit)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 50, $"{path} pages without end");
            var page = JsonNode.Parse(await client.GetStringAsync($"{path}?limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}")))!;
            var result = page["result"]!.AsArray();
            Assert.True(result.Count <= limit, $"{path}: {result.Count} items on a page of {limit}");
            items.AddRange(result.Select(r => r!.DeepClone()));
            cursor = page["paging_metadata"]!["cursor"]?.GetValue<string>();
            if (cursor is null)
            {
                return items;
            }
            Assert.Equal(limit, result.Count);
        }
    }

    private static async Task AssertResultAsync(HttpResponseMessage response, HttpStatusCode status, string mentions)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var message = JsonNode.Parse(body)!["messages"]!.AsArray().Single()!;
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), message["code"]!.GetValue<string>());
        Assert.Equal("Error", message["messageType"]!.GetValue<string>());
        Assert.Contains(mentions, message["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(message["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Shells_TwoFinishedUnits_PageByCursorAndMatchTheirPassports(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var _ = host;
        using var admin = host.Admin();
        using var anonymous = host.Anonymous();
        var customer = await host.CreateCustomerAsync("AAS buyer");
        var passports = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            var (_, serial, operations) = await PassportUnits.StartAsync(admin, customer);
            await PassportUnits.FinishAsync(admin, time, operations, serial);
            passports[serial] = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/units/{serial}/passport"))!;
        }
        // A third unit is still in production: it is no shell yet.
        var (_, running, _) = await PassportUnits.StartAsync(admin, customer);

        // Anonymous: the finished units' shells, one per page, each the passport's shell.
        var shells = await AllPagesAsync(anonymous, "/api/v1/aas/shells", 1);
        Assert.Equal(2, shells.Count);
        foreach (var (serial, passport) in passports)
        {
            var shell = passport["assetAdministrationShells"]![0]!;
            Assert.Single(shells, s => JsonNode.DeepEquals(s, shell));
            var byId = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/aas/shells/{B64(shell["id"]!.GetValue<string>())}"))!;
            Assert.True(JsonNode.DeepEquals(shell, byId));
            var references = await AllPagesAsync(anonymous, $"/api/v1/aas/shells/{B64(shell["id"]!.GetValue<string>())}/submodel-refs", 4);
            Assert.True(JsonNode.DeepEquals(shell["submodels"], new JsonArray([.. references])));
            foreach (var submodel in passport["submodels"]!.AsArray())
            {
                var read = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/aas/submodels/{B64(submodel!["id"]!.GetValue<string>())}"))!;
                Assert.True(JsonNode.DeepEquals(submodel, read), submodel["idShort"]!.GetValue<string>());
            }
            var materials = passport["submodels"]!.AsArray().Single(s => s!["idShort"]!.GetValue<string>() == "MaterialComposition")!;
            var values = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/aas/submodels/{B64(materials["id"]!.GetValue<string>())}/$value"))!;
            var total = materials["submodelElements"]!.AsArray().Single(e => e!["idShort"]!.GetValue<string>() == "TotalMassKg")!["value"]!.GetValue<string>();
            Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), values["TotalMassKg"]!.GetValue<decimal>());
            Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(values["Materials"]!.ToJsonString()).RootElement.ValueKind);
        }
        // Every submodel of every shell, five to a page, in shell order.
        var submodels = await AllPagesAsync(anonymous, "/api/v1/aas/submodels", 5);
        var expected = shells.SelectMany(s => passports.Values.Single(p => JsonNode.DeepEquals(p["assetAdministrationShells"]![0], s))["submodels"]!.AsArray()).ToList();
        Assert.Equal(12, submodels.Count);
        Assert.True(JsonNode.DeepEquals(new JsonArray([.. expected.Select(e => e!.DeepClone())]), new JsonArray([.. submodels])));

        // Signed in: the product types follow the units, the four shipped templates.
        var all = await AllPagesAsync(admin, "/api/v1/aas/shells", 4);
        Assert.Equal(["Instance", "Instance", "Type", "Type", "Type", "Type"], all.Select(s => s!["assetInformation"]!["assetKind"]!.GetValue<string>()));
        var typeId = B64("https://microfactory.example/ids/aas/types/wall-shelf/1.0.0");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/aas/shells/{typeId}")).StatusCode);
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells/{typeId}"), HttpStatusCode.NotFound, "No shell");
        await AssertResultAsync(await admin.GetAsync($"/api/v1/aas/shells/{B64($"https://microfactory.example/ids/aas/units/{running}")}"), HttpStatusCode.NotFound, running);
        Assert.Equal(all.Sum(s => s!["submodels"]!.AsArray().Count), (await AllPagesAsync(admin, "/api/v1/aas/submodels", 7)).Count);
    }

    [Fact]
    public async Task Identifiers_MalformedUnknownOrHostile_AreResultsNamingTheRule()
    {
        await using var host = await TestHost.StartAsync();
        using var anonymous = host.Anonymous();
        var unknown = B64("https://microfactory.example/ids/aas/units/SN-NOBODY-001");
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells/{unknown}"), HttpStatusCode.NotFound, "SN-NOBODY-001");
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells/{unknown}/submodel-refs"), HttpStatusCode.NotFound, "No shell");
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells/{B64("urn:someone-else:shell:1")}"), HttpStatusCode.NotFound, "No shell");
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/submodels/{B64("https://microfactory.example/ids/sm/units/SN-NOBODY-001/Nameplate")}"), HttpStatusCode.NotFound, "No submodel");
        await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/submodels/{B64("https://microfactory.example/ids/sm/units/SN-NOBODY-001/Nameplate")}/$value"), HttpStatusCode.NotFound, "No submodel");

        // Not base64url at all, a '+' of plain base64, bytes that are not UTF-8, an id longer than the metamodel allows, an encoding too long to read.
        var notUtf8 = Base64Url.EncodeToString([0xC3, 0x28, 0xFF, 0xFE]);
        foreach (var id in new[] { "not*base64", "a+b/", "A", notUtf8, B64("https://microfactory.example/" + new string('x', 2001)), new string('A', 6_000) })
        {
            await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells/{Uri.EscapeDataString(id)}"), HttpStatusCode.BadRequest, "aasIdentifier");
            await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/submodels/{Uri.EscapeDataString(id)}"), HttpStatusCode.BadRequest, "submodelIdentifier");
        }
        // Longer than any request target the server reads: refused before routing, as everywhere.
        Assert.Equal(HttpStatusCode.RequestUriTooLong, (await anonymous.GetAsync($"/api/v1/aas/shells/{new string('A', 12_000)}")).StatusCode);
        foreach (var query in new[] { "limit=0", "limit=101", "limit=ten", "limit=-1" })
        {
            await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells?{query}"), HttpStatusCode.BadRequest, "limit");
            await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/submodels?{query}"), HttpStatusCode.BadRequest, "limit");
        }
        foreach (var cursor in new[] { "garbage!", B64("x:1"), B64("t:wall-shelf:one"), new string('A', 2000) })
        {
            await AssertResultAsync(await anonymous.GetAsync($"/api/v1/aas/shells?cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.BadRequest, "cursor");
        }
        var empty = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/aas/shells"))!;
        Assert.Empty(empty["result"]!.AsArray());
        Assert.Null(empty["paging_metadata"]!["cursor"]);

        // The passport routes: an over-long serial is the 404 of any unknown one; a control character is refused as everywhere.
        var longSerial = new string('A', 5000);
        var problem = await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/v1/units/{longSerial}/passport"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(longSerial, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/v1/units/SN-%07-001/passport"), HttpStatusCode.BadRequest, "serial");
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/v1/units/{longSerial}/qr.svg"), HttpStatusCode.NotFound);
    }
}
