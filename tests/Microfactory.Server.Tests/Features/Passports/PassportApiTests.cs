using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microfactory.Passport.Json;
using Microfactory.Passport.Packaging;
using Microfactory.Passport.Tests.Support;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Passports;

/// <summary>
/// A unit made on the shop floor gets its passport: before it is finished only its customer and staff learn anything (the
/// product-type passport, with a notice), everyone else the 404 of an unknown serial; once finished anyone reads its AAS JSON
/// and AASX, which pass the official schema and aas-core3.0's verification, carry the unit's own facts (as-built record,
/// actual footprint, materials of its design, the design's files byte for byte) and nothing about its customer.
/// </summary>
public sealed class PassportApiTests
{
    private static readonly string[] UnitSubmodels = ["Nameplate", "CarbonFootprint", "HandoverDocumentation", "MaterialComposition", "Disassembly", "AsBuiltRecord"];

    private static void AssertValidAas(byte[] json)
    {
        Assert.Empty(AasSchema.Errors(json));
        Assert.Empty(AasCoreVerification.Run(json));
    }

    private static JsonElement Submodel(JsonElement environment, string idShort) =>
        environment.GetProperty("submodels").EnumerateArray().Single(s => s.GetProperty("idShort").GetString() == idShort);

    private static JsonElement Element(JsonElement parent, string idShort) =>
        (parent.TryGetProperty("submodelElements", out var elements) ? elements : parent.GetProperty("value")).EnumerateArray()
            .Single(e => e.TryGetProperty("idShort", out var s) && s.GetString() == idShort);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UnitPassport_UnitMadeOnTheShopFloor_IsValidAasOfTheUnitWithNoCustomerData(string engine)
    {
        var (host, time) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync(engine, migrate: false));
        await using var _ = host;
        using var admin = host.Admin();
        using var anonymous = host.Anonymous();
        var customerName = $"Passport buyer {Guid.NewGuid():N}";
        var customer = await host.CreateCustomerAsync(customerName);
        var (buyer, buyerId, buyerEmail) = await host.NewUserAsync("customer", customer);
        using var __ = buyer;
        using var stranger = await host.UserAsync("customer", await host.CreateCustomerAsync("Someone else"));
        var (order, serial, operations) = await PassportUnits.StartAsync(admin, customer);

        // In production: a stranger and an anonymous caller get exactly the answer of a serial that does not exist.
        var unknownSerial = "SN-" + new string('Q', serial.Length - 7) + "-001";
        var unknown = await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/v1/units/{unknownSerial}/passport"), HttpStatusCode.NotFound);
        foreach (var client in new[] { anonymous, stranger })
        {
            var hidden = await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/units/{serial}/passport"), HttpStatusCode.NotFound);
            Assert.Equal(unknown.GetProperty("detail").GetString()!.Replace(unknownSerial, serial, StringComparison.Ordinal), hidden.GetProperty("detail").GetString());
            Assert.Equal(unknown.GetProperty("title").GetString(), hidden.GetProperty("title").GetString());
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/units/{serial}/passport.aasx"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/units/{serial}/qr.svg"), HttpStatusCode.NotFound);
        }
        // Its customer gets the product-type passport and the reason.
        var early = await buyer.GetAsync($"/api/v1/units/{serial}/passport");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal("product-type", early.Headers.GetValues("Passport-Kind").Single());
        var notice = early.Headers.GetValues("Passport-Notice").Single();
        Assert.Contains(serial, notice, StringComparison.Ordinal);
        Assert.Contains("still in production", notice, StringComparison.Ordinal);
        var typeJson = await early.Content.ReadAsByteArrayAsync();
        AssertValidAas(typeJson);
        var type = JsonDocument.Parse(typeJson).RootElement;
        Assert.Equal("https://microfactory.example/ids/aas/types/wall-shelf/1.0.0", type.GetProperty("assetAdministrationShells")[0].GetProperty("id").GetString());

        await PassportUnits.FinishAsync(admin, time, operations, serial);

        var response = await anonymous.GetAsync($"/api/v1/units/{serial}/passport");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("unit", response.Headers.GetValues("Passport-Kind").Single());
        Assert.False(response.Headers.Contains("Passport-Notice"));
        var json = await response.Content.ReadAsByteArrayAsync();
        AssertValidAas(json);
        var environment = JsonDocument.Parse(json).RootElement;
        var shell = environment.GetProperty("assetAdministrationShells").EnumerateArray().Single();
        Assert.Equal($"https://microfactory.example/ids/aas/units/{serial}", shell.GetProperty("id").GetString());
        Assert.Equal(("Instance", $"https://microfactory.example/p/{serial}"),
            (shell.GetProperty("assetInformation").GetProperty("assetKind").GetString(), shell.GetProperty("assetInformation").GetProperty("globalAssetId").GetString()));
        Assert.Equal(UnitSubmodels, environment.GetProperty("submodels").EnumerateArray().Select(s => s.GetProperty("idShort").GetString()));

        // The unit's own records: its as-built operations and machines, its actual footprint, the materials of its design.
        var unit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{serial}", TestHost.Json);
        var built = unit.GetProperty("asBuilt").GetProperty("operations").EnumerateArray().ToList();
        var passportOperations = Element(Submodel(environment, "AsBuiltRecord"), "Operations").GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(built.Select(o => (o.GetProperty("operationId").GetString(), o.GetProperty("machineId").GetString())),
            passportOperations.Select(o => (Element(o, "OperationId").GetProperty("value").GetString(), Element(o, "MachineId").GetProperty("value").GetString())));
        Assert.Equal(["0", "1", "0", "0"], passportOperations.Select(o => Element(o, "ScrapCount").GetProperty("value").GetString()));
        var footprint = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{serial}/footprint", TestHost.Json);
        var pcf = Element(Element(Submodel(environment, "CarbonFootprint"), "ProductCarbonFootprints").GetProperty("value")[0], "PcfCO2eq");
        Assert.Equal(footprint.GetProperty("kgCo2ePerUnit").GetDecimal(), decimal.Parse(pcf.GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        var design = (await (await admin.PostAsJsonAsync("/api/v1/templates/wall-shelf/versions/1.0.0/designs",
            new { parameters = new Dictionary<string, string> { ["length"] = "800 mm" } }, TestHost.Json)).Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("design");
        // The product's materials: the BOM without the carton it is packed in.
        var bomMass = design.GetProperty("bom").EnumerateArray().Where(b => b.GetProperty("materialId").GetString() != "mat_carton_box")
            .Sum(b => Math.Round((decimal)b.GetProperty("massKg").GetDouble(), 6));
        Assert.Equal(bomMass, decimal.Parse(Element(Submodel(environment, "MaterialComposition"), "TotalMassKg").GetProperty("value").GetString()!, CultureInfo.InvariantCulture));

        // Nothing about who ordered it, or who worked on it.
        var text = Encoding.UTF8.GetString(json);
        foreach (var secret in new[] { customerName, customer, buyerEmail, buyerId, order, "usr_", "ord_", "cus_" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        // The package holds the same environment and the unit's design files, the same bytes as the design's own downloads.
        var package = await anonymous.GetAsync($"/api/v1/units/{serial}/passport.aasx");
        Assert.Equal("application/asset-administration-shell-package+xml", package.Content.Headers.ContentType!.MediaType);
        var read = AasxReader.Read(await package.Content.ReadAsByteArrayAsync());
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(json, AasJsonWriter.ToUtf8Bytes(read.Environment!));
        Assert.Equal(["/aasx/files/design.json", "/aasx/files/shelf-flat.dxf", "/aasx/files/shelf-flat.svg"], read.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in read.Files.Where(f => !f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            var name = file.Path["/aasx/files/".Length..];
            var own = await admin.GetByteArrayAsync($"/api/v1/templates/wall-shelf/versions/1.0.0/files/{name}?length=800%20mm");
            Assert.Equal(own, file.Content.ToArray());
            Assert.Equal(own, await anonymous.GetByteArrayAsync($"/api/v1/units/{serial}/passport/files/{name}"));
        }
        var specification = Encoding.UTF8.GetString(read.Files.Single(f => f.Path.EndsWith("design.json", StringComparison.Ordinal)).Content.Span);
        Assert.Contains("\"length\"", specification, StringComparison.Ordinal);
        Assert.DoesNotContain(customer, specification, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/v1/units/{serial}/passport/files/other.svg"), HttpStatusCode.NotFound);

        // The QR code holds the public page's absolute URL: the same SVG as QRCoder draws for that text.
        var qr = await anonymous.GetAsync($"/api/v1/units/{serial}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(new Uri(host.Address, $"/p/{serial}").ToString(), QRCoder.QRCodeGenerator.ECCLevel.M);
        Assert.Equal(new QRCoder.SvgQRCode(data).GetGraphic(8), await qr.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TemplatePassport_DefaultDesign_IsValidAasOfTheTypeWithItsEstimate()
    {
        await using var host = await TestHost.StartAsync();
        using var admin = host.Admin();
        using var anonymous = host.Anonymous();
        var estimate = await FootprintOfAsync(admin, "sheet-metal-enclosure");

        var response = await admin.GetAsync("/api/v1/templates/sheet-metal-enclosure/versions/1.0.0/passport");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("product-type", response.Headers.GetValues("Passport-Kind").Single());
        var json = await response.Content.ReadAsByteArrayAsync();
        AssertValidAas(json);
        var environment = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Type", environment.GetProperty("assetAdministrationShells")[0].GetProperty("assetInformation").GetProperty("assetKind").GetString());
        var pcf = Element(Element(Submodel(environment, "CarbonFootprint"), "ProductCarbonFootprints").GetProperty("value")[0], "PcfCO2eq");
        Assert.Equal(estimate, decimal.Parse(pcf.GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        var package = AasxReader.Read(await admin.GetByteArrayAsync("/api/v1/templates/sheet-metal-enclosure/versions/latest/passport.aasx"));
        Assert.True(package.Succeeded, package.Error);
        Assert.Equal(json, AasJsonWriter.ToUtf8Bytes(package.Environment!));
        Assert.Contains(package.Files, f => f.Path == "/aasx/files/design.json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/templates/sheet-metal-enclosure/versions/1.0.0/passport")).StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/templates/sheet-metal-enclosure/versions/one/passport"), HttpStatusCode.BadRequest, "version");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/templates/sheet-metal-enclosure/versions/9.9.9/passport"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/templates/sheet-metal-enclosure/versions/1.0.0/passport?factoryId=fac_nowhere"), HttpStatusCode.NotFound);
    }

    /// <summary>The published estimate of a template's default design (published shortly after start).</summary>
    internal static async Task<decimal> FootprintOfAsync(HttpClient client, string templateId)
    {
        for (var tries = 0; ; tries++)
        {
            var response = await client.GetAsync($"/api/v1/templates/{templateId}/footprint");
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("kgCo2ePerUnit").GetDecimal();
            }
            Assert.True(tries < 600, $"{templateId} got no estimate");
            await Task.Delay(50);
        }
    }
}
