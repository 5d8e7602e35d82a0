using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Cbam;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Cbam;

/// <summary>
/// The CBAM export as a user meets it: units made on the floor through the operator API, then the quarter's report as
/// CSV and XML, checked against figures computed here from the designs' bills of materials and the catalogue; an empty
/// quarter; bad input; who may read it; and the materials' CN codes through the materials API. On both engines.
/// </summary>
public sealed class CbamApiTests
{
    /// <summary>Makes one wall shelf of <paramref name="material"/> start to finish and returns its serial once it has an actual footprint.</summary>
    private static async Task<string> ProduceAsync(HttpClient admin, string customerId, string material)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId, factoryId = KwunTongDemo.FactoryId, requestedDate = "2030-01-20",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm", ["material"] = material } } },
        }, TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var order = (await created.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 4);
        var operations = PlanWatch.OperationsOf(plan, order).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        string? serial = null;
        while (operations.FirstOrDefault(o => !done.Contains(o.GetProperty("operationId").GetString()!)
            && o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!))) is { ValueKind: JsonValueKind.Object } next)
        {
            var id = next.GetProperty("operationId").GetString()!;
            var started = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/start", new { }, TestHost.Json);
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            serial ??= (await started.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("serial").GetString();
            var finished = await admin.PostAsJsonAsync($"/api/v1/operations/{id}/finish", new { good = 1, scrap = 0 }, TestHost.Json);
            Assert.True(finished.IsSuccessStatusCode, await finished.Content.ReadAsStringAsync());
            done.Add(id);
        }
        var clock = Stopwatch.StartNew();
        while ((await admin.GetAsync($"/api/v1/units/{serial}/footprint")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Unit {serial} got no footprint.");
            await Task.Delay(50);
        }
        return serial!;
    }

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.Equal(CbamCsvWriter.Header, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(CbamCsvWriter.Header.ToDictionary(h => h, h => csv.GetField(h)!));
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetCbam_UnitsProducedInTheQuarter_ReportAsComputedFromTheirBillsOfMaterials(string engine)
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("CBAM buyer");
        var plain = await ProduceAsync(admin, customer, "mat_steel_dc01_1_5");
        var galvanised = await ProduceAsync(admin, customer, "mat_galv_dx51_1_0");

        var csvResponse = await admin.GetAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}/cbam?quarter=2030-Q1&format=csv");
        var xmlResponse = await admin.GetAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}/cbam?quarter=2030-Q1&format=xml");

        Assert.Equal((HttpStatusCode.OK, "text/csv"), (csvResponse.StatusCode, csvResponse.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.OK, "application/xml"), (xmlResponse.StatusCode, xmlResponse.Content.Headers.ContentType?.MediaType));
        var rows = ReadCsv(await csvResponse.Content.ReadAsStringAsync());
        // Figures from outside the report: each design's steel (BOM quantity in kg), the catalogue's factor, CN code and source, the supplier's country.
        var expected = new List<(string Cn, string Material, decimal Kg, decimal Factor, string Source, string Serial)>();
        foreach (var (serial, material) in new[] { (plain, "mat_steel_dc01_1_5"), (galvanised, "mat_galv_dx51_1_0") })
        {
            var design = (await (await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
                new { parameters = new Dictionary<string, string> { ["length"] = "800 mm", ["material"] = material } }, TestHost.Json))
                .Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("design");
            var kg = design.GetProperty("bom").EnumerateArray().Where(b => b.GetProperty("materialId").GetString() == material).Sum(b => b.GetProperty("quantity").GetDecimal());
            var catalogue = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{material}", TestHost.Json);
            expected.Add((catalogue.GetProperty("cnCode").GetString()!, material, kg, catalogue.GetProperty("kgCo2ePerUnit").GetDecimal(),
                catalogue.GetProperty("emissionFactorSource").GetString()!, serial));
        }
        Assert.Equal(["72092690", "72104900"], expected.Select(e => e.Cn));
        Assert.Equal(expected.Select(e => e.Material), rows.Select(r => r["materialId"]));
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, row) = (expected[i], rows[i]);
            Assert.Equal((KwunTongDemo.FactoryId, "HK", "2030", "1", e.Cn, CbamGoods.IronAndSteel, "HK", "default", e.Source, "1", ""),
                (row["reportingDeclarantId"], row["reportingDeclarantCountry"], row["reportingYear"], row["reportingQuarter"], row["cnCode"], row["sector"],
                 row["countryOfOrigin"], row["method"], row["dataSource"], row["units"], row["installation"]));
            Assert.Equal(Math.Round(e.Kg / 1000m, 9), Math.Round(decimal.Parse(row["netMassTonnes"], CultureInfo.InvariantCulture), 9));
            Assert.Equal(Math.Round(e.Kg * e.Factor / 1000m, 9), Math.Round(decimal.Parse(row["totalEmbeddedEmissionsTco2e"], CultureInfo.InvariantCulture), 9));
            Assert.Equal(e.Factor, decimal.Parse(row["specificEmbeddedEmissionsTco2ePerTonne"], CultureInfo.InvariantCulture));
            // Exactly the unit's footprint line, in tonnes.
            var footprint = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{e.Serial}/footprint", TestHost.Json);
            var line = footprint.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("category").GetString() == "materials" && l.GetProperty("item").GetString() == e.Material);
            Assert.Equal(line.GetProperty("kgCo2e").GetDecimal() / 1000m, decimal.Parse(row["totalEmbeddedEmissionsTco2e"], CultureInfo.InvariantCulture));
        }

        XNamespace ns = CbamXmlWriter.Namespace;
        var xml = XDocument.Parse(await xmlResponse.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(ns + "CbamQuarterlyReport", xml.Name);
        Assert.Equal(("2030", "1", "2"), (xml.Element(ns + "ReportingPeriod")!.Element(ns + "Year")!.Value, xml.Element(ns + "ReportingPeriod")!.Element(ns + "Quarter")!.Value,
            xml.Element(ns + "UnitsProduced")!.Value));
        var goods = xml.Elements(ns + "GoodsImported").ToList();
        Assert.Equal(rows.Select(r => r["cnCode"]), goods.Select(g => g.Element(ns + "CommodityCode")!.Element(ns + "CnCode")!.Value));
        Assert.Equal(rows.Select(r => r["totalEmbeddedEmissionsTco2e"]), goods.Select(g => g.Element(ns + "EmbeddedEmissions")!.Value));
        Assert.All(goods, g => Assert.Equal("DefaultValues", g.Element(ns + "DeterminationType")!.Value));
        Assert.Equal(rows.Sum(r => decimal.Parse(r["totalEmbeddedEmissionsTco2e"], CultureInfo.InvariantCulture)),
            decimal.Parse(xml.Element(ns + "TotalEmbeddedEmissions")!.Value, CultureInfo.InvariantCulture));
        // Deterministic: asked again, the same bytes.
        Assert.Equal(await xmlResponse.Content.ReadAsByteArrayAsync(),
            await admin.GetByteArrayAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}/cbam?quarter=2030-Q1&format=xml"));
        // The units belong to 2030-Q1 only.
        Assert.Empty(ReadCsv(await admin.GetStringAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}/cbam?quarter=2030-Q2")));
    }

    [Fact]
    public async Task GetCbam_EmptyQuarterBadInputAndRoles_HeaderOnlyProblemsAndStaffOnly()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var hostScope = host;
        using var admin = host.Admin();
        var path = $"/api/v1/factories/{KwunTongDemo.FactoryId}/cbam";

        var csv = await admin.GetStringAsync($"{path}?quarter=2029-Q4");
        var xml = XDocument.Parse(await admin.GetStringAsync($"{path}?quarter=2029-Q4&format=xml")).Root!;

        Assert.Equal(string.Join(",", CbamCsvWriter.Header) + "\r\n", csv);
        XNamespace ns = CbamXmlWriter.Namespace;
        Assert.Empty(xml.Elements(ns + "GoodsImported"));
        Assert.Equal(("0", "0", "2029-10-01", "2029-12-31"), (xml.Element(ns + "UnitsProduced")!.Value, xml.Element(ns + "TotalEmbeddedEmissions")!.Value,
            xml.Element(ns + "ReportingPeriod")!.Element(ns + "StartDate")!.Value, xml.Element(ns + "ReportingPeriod")!.Element(ns + "EndDate")!.Value));
        foreach (var bad in new[] { "2026-Q5", "2026Q4", "2026-q4", "1999-Q1", "", new string('9', 5000) })
        {
            await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{path}?quarter={Uri.EscapeDataString(bad)}"), HttpStatusCode.BadRequest, "quarter");
        }
        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path), HttpStatusCode.BadRequest, "quarter");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{path}?quarter=2026-Q4&format=pdf"), HttpStatusCode.BadRequest, "format");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/factories/fac_nowhere/cbam?quarter=2026-Q4"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/factories/{new string('f', 5000)}/cbam?quarter=2026-Q4"), HttpStatusCode.NotFound);

        foreach (var role in new[] { Roles.Planner, Roles.Operator, Roles.Designer })
        {
            using var staff = await host.UserAsync(role);
            Assert.Equal(csv, await staff.GetStringAsync($"{path}?quarter=2029-Q4"));
        }
        using var buyer = await host.UserAsync(Roles.Customer, await host.CreateCustomerAsync("Not staff"));
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"{path}?quarter=2029-Q4"), HttpStatusCode.Forbidden);
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{path}?quarter=2029-Q4")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Materials_CnCode_ExactlyEightDigitsStoredAndShown(string engine)
    {
        await using var host = await TestHost.StartAsync(engine);
        using var admin = host.Admin();
        object Body(string? cnCode) => new
        {
            name = "Aluminium sheet 3 mm", unit = "kg", pricePerUnit = 40m, supplierId = "sup_kt_metals", kgCo2ePerUnit = 13.1,
            emissionFactorSource = "ICE v3.0", recycledContentPercent = 30, recyclability = "recyclable", cnCode,
        };

        foreach (var bad in new[] { "7606129", "760612920", "7606 12 92", "7606129a", "٧٦٠٦١٢٩٢", "" })
        {
            await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/materials", Body(bad), TestHost.Json), HttpStatusCode.BadRequest, "cnCode");
        }
        var created = await admin.PostAsJsonAsync("/api/v1/materials", Body("76061299"), TestHost.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
        Assert.Equal("76061299", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{id}", TestHost.Json)).GetProperty("cnCode").GetString());
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/v1/materials/{id}", Body("76O61299"), TestHost.Json), HttpStatusCode.BadRequest, "cnCode");
        Assert.Equal("76061299", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{id}", TestHost.Json)).GetProperty("cnCode").GetString());
        Assert.True((await admin.PutAsJsonAsync($"/api/v1/materials/{id}", Body(null), TestHost.Json)).IsSuccessStatusCode);
        Assert.Equal(JsonValueKind.Null, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{id}", TestHost.Json)).GetProperty("cnCode").ValueKind);
        // The demo's metal sheets are classified; the plywood is not a CBAM good and has no code.
        var codes = new Dictionary<string, string?>();
        foreach (var material in new[] { "mat_steel_dc01_1_5", "mat_steel_dc01_2_0", "mat_galv_dx51_1_0", "mat_ss304_1_2", "mat_al5052_2_0", "mat_plywood_birch_6" })
        {
            var cn = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{material}", TestHost.Json)).GetProperty("cnCode");
            codes[material] = cn.ValueKind == JsonValueKind.Null ? null : cn.GetString();
        }
        Assert.Equal(new Dictionary<string, string?>
        {
            ["mat_steel_dc01_1_5"] = "72092690", ["mat_steel_dc01_2_0"] = "72092690", ["mat_galv_dx51_1_0"] = "72104900",
            ["mat_ss304_1_2"] = "72193310", ["mat_al5052_2_0"] = "76061292", ["mat_plywood_birch_6"] = null,
        }, codes);
        Assert.Contains("\"cnCode\":\"76061292\"", Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/v1/materials?pageSize=100")), StringComparison.Ordinal);
    }
}
