using System.Net;
using System.Text;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>
/// Every endpoint against malformed JSON, wrong types, out-of-range values and unknown ids: each
/// answer is a 400 or 404 problem that names the field, never a 500, and nothing is written.
/// </summary>
public sealed class BadInputTests(HostFixture fixture) : IClassFixture<HostFixture>, IAsyncLifetime
{
    private const string ValidFactory = """
        {"name":"Sham Shui Po Works","site":"Unit 3","timeZone":"Asia/Hong_Kong","latitude":22.33,"longitude":114.16,"address":"Cheung Sha Wan Road","currency":"HKD",
         "energyProfile":[HOURS]}
        """;

    private const string ValidMachine = """
        {"factoryId":"fac_kwun_tong","name":"Laser 2","model":"2 kW fiber","capabilities":["cap_laser_cut_metal"],"idlePowerKw":2,"workingPowerKw":9,"hourlyRate":500,
         "calendar":{"shifts":[{"day":"monday","startMinute":480,"endMinute":1080}],"downtimes":[]}}
        """;

    private const string ValidMaterial = """
        {"name":"Steel 3 mm","unit":"kg","pricePerUnit":9.5,"supplierId":"sup_kt_metals","kgCo2ePerUnit":2.3,"emissionFactorSource":"ICE v3.0","recycledContentPercent":20,"recyclability":"recyclable","densityKgPerM3":7850,"thicknessMm":3}
        """;

    private const string ValidSupplier = """{"name":"HK Fasteners","country":"HK","leadTimeDays":3,"pactEndpoint":null,"contactEmail":"sales@fasteners.example"}""";

    private const string ValidCustomer = """{"name":"Mei Chan","email":"mei@example.com","company":null,"address":null}""";

    private const string ValidOrder = """{"customerId":"CUSTOMER","factoryId":"fac_kwun_tong","lines":[{"templateId":"wall-shelf","templateVersion":"1.0.0","description":"Wall shelf","quantity":1,"parameters":{"length":"600 mm"}}]}""";

    private readonly TestHost _host = fixture.Host;
    private string _customerId = "";

    public async Task InitializeAsync() => _customerId = await _host.CreateCustomerAsync("Existing customer");

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string, int, string> Cases()
    {
        var data = new TheoryData<string, string, string, int, string>();
        void Add(string method, string path, string body, int status, string field) => data.Add(method, path, body, status, field);
        var hours = string.Join(",", Enumerable.Range(0, 24).Select(h => $$"""{"hour":{{h}},"pricePerKwh":1.1,"gridKgCo2ePerKwh":0.4}"""));
        var factory = ValidFactory.Replace("HOURS", hours, StringComparison.Ordinal);
        var shortProfile = ValidFactory.Replace("HOURS", string.Join(",", Enumerable.Range(0, 23).Select(h => $$"""{"hour":{{h}},"pricePerKwh":1.1,"gridKgCo2ePerKwh":0.4}""")), StringComparison.Ordinal);

        // factories
        Add("POST", "/api/v1/factories", """{"name": """, 400, "body");
        Add("POST", "/api/v1/factories", factory.Replace("22.33", "\"north\"", StringComparison.Ordinal), 400, "latitude");
        Add("POST", "/api/v1/factories", factory.Replace("22.33", "95", StringComparison.Ordinal), 400, "latitude");
        Add("POST", "/api/v1/factories", factory.Replace("Asia/Hong_Kong", "Mars/Olympus", StringComparison.Ordinal), 400, "timeZone");
        Add("POST", "/api/v1/factories", factory.Replace("\"HKD\"", "\"dollars\"", StringComparison.Ordinal), 400, "currency");
        Add("POST", "/api/v1/factories", shortProfile, 400, "energyProfile");
        Add("POST", "/api/v1/factories", factory.Replace("\"pricePerKwh\":1.1", "\"pricePerKwh\":-1", StringComparison.Ordinal), 400, "energyProfile[0].pricePerKwh");
        Add("POST", "/api/v1/factories", factory.Replace("{\"name\"", "{\"colour\":\"red\",\"name\"", StringComparison.Ordinal), 400, "colour");
        Add("POST", "/api/v1/factories", factory.Replace("\"Sham Shui Po Works\"", "null", StringComparison.Ordinal), 400, "name");
        Add("POST", "/api/v1/factories", factory.Replace("{\"name\"", "{\"id\":\"Bad Id\",\"name\"", StringComparison.Ordinal), 400, "id");
        Add("POST", "/api/v1/factories", factory.Replace("{\"name\"", "{\"id\":\"fac_kwun_tong\",\"name\"", StringComparison.Ordinal), 409, "id");
        Add("PUT", "/api/v1/factories/fac_kwun_tong", factory.Replace("114.16", "200", StringComparison.Ordinal), 400, "longitude");
        Add("PUT", "/api/v1/factories/fac_nowhere", factory, 404, "");
        Add("GET", "/api/v1/factories/fac_nowhere", "", 404, "");
        Add("GET", "/api/v1/factories?page=0", "", 400, "page");
        Add("GET", "/api/v1/factories?pageSize=ten", "", 400, "pageSize");

        // machines
        Add("POST", "/api/v1/machines", "[1,2", 400, "body");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"idlePowerKw\":2", "\"idlePowerKw\":\"two\"", StringComparison.Ordinal), 400, "idlePowerKw");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"workingPowerKw\":9", "\"workingPowerKw\":-9", StringComparison.Ordinal), 400, "workingPowerKw");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"hourlyRate\":500", "\"hourlyRate\":1e9", StringComparison.Ordinal), 400, "hourlyRate");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("fac_kwun_tong", "fac_nowhere", StringComparison.Ordinal), 400, "factoryId");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("[\"cap_laser_cut_metal\"]", "[\"cap_teleport\"]", StringComparison.Ordinal), 400, "capabilities");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"endMinute\":1080", "\"endMinute\":2000", StringComparison.Ordinal), 400, "calendar.shifts[0].endMinute");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"monday\"", "\"funday\"", StringComparison.Ordinal), 400, "calendar.shifts[0].day");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"downtimes\":[]", "\"downtimes\":[{\"startsAt\":\"2026-12-01T10:00:00+08:00\",\"endsAt\":\"2026-12-01T09:00:00+08:00\",\"reason\":\"service\"}]", StringComparison.Ordinal), 400, "calendar.downtimes[0].endsAt");
        Add("POST", "/api/v1/machines", ValidMachine.Replace("\"downtimes\":[]", "\"downtimes\":[{\"startsAt\":\"soon\",\"endsAt\":null,\"reason\":\"service\"}]", StringComparison.Ordinal), 400, "calendar.downtimes[0].startsAt");
        Add("PUT", "/api/v1/machines/mch_fiber_laser_1", ValidMachine.Replace("\"name\":\"Laser 2\"", "\"name\":\"\"", StringComparison.Ordinal), 400, "name");
        Add("PUT", "/api/v1/machines/mch_nowhere", ValidMachine, 404, "");
        Add("GET", "/api/v1/machines/mch_nowhere", "", 404, "");
        Add("GET", "/api/v1/machines?pageSize=500", "", 400, "pageSize");

        // materials
        Add("POST", "/api/v1/materials", "{", 400, "body");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"kg\"", "\"ton\"", StringComparison.Ordinal), 400, "unit");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"pricePerUnit\":9.5", "\"pricePerUnit\":\"cheap\"", StringComparison.Ordinal), 400, "pricePerUnit");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"recycledContentPercent\":20", "\"recycledContentPercent\":120", StringComparison.Ordinal), 400, "recycledContentPercent");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"recyclable\"", "\"maybe\"", StringComparison.Ordinal), 400, "recyclability");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("sup_kt_metals", "sup_nowhere", StringComparison.Ordinal), 400, "supplierId");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"ICE v3.0\"", "\"\"", StringComparison.Ordinal), 400, "emissionFactorSource");
        Add("POST", "/api/v1/materials", ValidMaterial.Replace("\"thicknessMm\":3", "\"thicknessMm\":0", StringComparison.Ordinal), 400, "thicknessMm");
        Add("PUT", "/api/v1/materials/mat_pla_filament", ValidMaterial.Replace("\"kgCo2ePerUnit\":2.3", "\"kgCo2ePerUnit\":-1", StringComparison.Ordinal), 400, "kgCo2ePerUnit");
        Add("PUT", "/api/v1/materials/mat_nowhere", ValidMaterial, 404, "");
        Add("GET", "/api/v1/materials/mat_nowhere", "", 404, "");

        // suppliers
        Add("POST", "/api/v1/suppliers", "not json", 400, "body");
        Add("POST", "/api/v1/suppliers", ValidSupplier.Replace("\"HK\"", "\"Hong Kong\"", StringComparison.Ordinal), 400, "country");
        Add("POST", "/api/v1/suppliers", ValidSupplier.Replace("\"leadTimeDays\":3", "\"leadTimeDays\":1000", StringComparison.Ordinal), 400, "leadTimeDays");
        Add("POST", "/api/v1/suppliers", ValidSupplier.Replace("\"leadTimeDays\":3", "\"leadTimeDays\":2.5", StringComparison.Ordinal), 400, "leadTimeDays");
        Add("POST", "/api/v1/suppliers", ValidSupplier.Replace("null", "\"ftp://pact.example\"", StringComparison.Ordinal), 400, "pactEndpoint");
        Add("POST", "/api/v1/suppliers", ValidSupplier.Replace("sales@fasteners.example", "sales", StringComparison.Ordinal), 400, "contactEmail");
        Add("PUT", "/api/v1/suppliers/sup_kt_metals", ValidSupplier.Replace("\"HK Fasteners\"", "42", StringComparison.Ordinal), 400, "name");
        Add("PUT", "/api/v1/suppliers/sup_nowhere", ValidSupplier, 404, "");
        Add("GET", "/api/v1/suppliers/sup_nowhere", "", 404, "");

        // customers
        Add("POST", "/api/v1/customers", "{\"name\":", 400, "body");
        Add("POST", "/api/v1/customers", ValidCustomer.Replace("mei@example.com", "mei", StringComparison.Ordinal), 400, "email");
        Add("POST", "/api/v1/customers", ValidCustomer.Replace("\"Mei Chan\"", "[]", StringComparison.Ordinal), 400, "name");
        Add("PUT", "/api/v1/customers/cus_nowhere", ValidCustomer, 404, "");
        Add("PUT", "/api/v1/customers/CUSTOMER", ValidCustomer.Replace("\"company\":null", "\"company\":\"" + new string('x', 300) + "\"", StringComparison.Ordinal), 400, "company");
        Add("GET", "/api/v1/customers/cus_nowhere", "", 404, "");

        // orders
        Add("POST", "/api/v1/orders", "{\"lines\":[", 400, "body");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("\"lines\":[{", "\"lines\":[],\"x\":[{", StringComparison.Ordinal), 400, "x");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("\"quantity\":1", "\"quantity\":0", StringComparison.Ordinal), 400, "lines[0].quantity");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("\"quantity\":1", "\"quantity\":\"one\"", StringComparison.Ordinal), 400, "lines[0].quantity");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("fac_kwun_tong", "fac_nowhere", StringComparison.Ordinal), 400, "factoryId");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("CUSTOMER", "cus_nowhere", StringComparison.Ordinal), 400, "customerId");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("{\"customerId\"", "{\"requestedDate\":\"tomorrow\",\"customerId\"", StringComparison.Ordinal), 400, "requestedDate");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("{\"customerId\"", "{\"status\":\"completed\",\"customerId\"", StringComparison.Ordinal), 400, "status");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("\"wall-shelf\"", "\"no-such-template\"", StringComparison.Ordinal), 400, "lines[0].templateVersion");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("\"1.0.0\"", "\"latest\"", StringComparison.Ordinal), 400, "lines[0].templateVersion");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("600 mm", "1000 mm", StringComparison.Ordinal), 400, "lines[0].parameters.length");
        Add("POST", "/api/v1/orders", ValidOrder.Replace("600 mm", "20 m", StringComparison.Ordinal), 400, "lines[0].parameters.length");
        Add("PUT", "/api/v1/orders/ord_nowhere", ValidOrder, 404, "");
        Add("GET", "/api/v1/orders/ord_nowhere", "", 404, "");

        // users and keys
        Add("POST", "/api/v1/users", "{\"email\"", 400, "body");
        Add("POST", "/api/v1/users", """{"email":"ann@example.com","displayName":"Ann","role":"boss","password":"long-enough-password"}""", 400, "role");
        Add("POST", "/api/v1/users", """{"email":"ann@example.com","displayName":"Ann","role":"planner","password":"short"}""", 400, "password");
        Add("POST", "/api/v1/users", """{"email":"ann@example.com","displayName":"Ann","role":"customer","password":"long-enough-password"}""", 400, "customerId");
        Add("POST", "/api/v1/users", """{"email":"admin@microfactory.local","displayName":"Again","role":"admin","password":"long-enough-password"}""", 409, "email");
        Add("POST", "/api/v1/users/usr_nowhere/api-keys", """{"name":"ci"}""", 404, "");
        Add("POST", "/api/v1/api-keys", """{"name":""}""", 400, "name");
        Add("POST", "/api/v1/api-keys", """{"name":7}""", 400, "name");
        Add("DELETE", "/api/v1/api-keys/key_nowhere", "", 404, "");
        return data;
    }

    [Fact]
    public async Task CreateOrder_ParameterAsJsonNumber_SaysTheExpectedForm()
    {
        using var admin = _host.Admin();
        var before = await SnapshotAsync(admin);
        var body = ValidOrder.Replace("CUSTOMER", _customerId, StringComparison.Ordinal).Replace("\"600 mm\"", "800", StringComparison.Ordinal);

        var response = await admin.PostAsync("/api/v1/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "lines[0].parameters.length");
        Assert.Contains("\"800 mm\"", problem.GetProperty("errors").GetProperty("lines[0].parameters.length")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(admin));
    }

    [Fact]
    public async Task CreateSupplier_TextForAWholeNumber_SaysAWholeNumberIsExpected()
    {
        using var admin = _host.Admin();
        const string body = """{"name":"Typed","country":"HK","leadTimeDays":"five","contactEmail":"t@example.com"}""";

        var response = await admin.PostAsync("/api/v1/suppliers", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "leadTimeDays");
        Assert.Contains("a whole number", problem.GetProperty("errors").GetProperty("leadTimeDays")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_BadInput_GetsProblemNamingFieldAndWritesNothing(string method, string path, string body, int status, string field)
    {
        using var admin = _host.Admin();
        var before = await SnapshotAsync(admin);
        path = path.Replace("CUSTOMER", _customerId, StringComparison.Ordinal);
        body = body.Replace("CUSTOMER", _customerId, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        var response = await admin.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)status, field.Length == 0 ? null : field);
        Assert.Equal(before, await SnapshotAsync(admin));
    }

    /// <summary>Everything the API can list, as text: equal before and after means nothing was written.</summary>
    private static async Task<string> SnapshotAsync(HttpClient admin)
    {
        var parts = new List<string>();
        foreach (var list in new[] { "factories", "machines", "materials", "suppliers", "customers", "orders", "users", "api-keys" })
        {
            parts.Add(await admin.GetStringAsync($"/api/v1/{list}" + (list == "api-keys" ? "" : "?pageSize=200")));
        }
        return string.Join("\n", parts);
    }
}
