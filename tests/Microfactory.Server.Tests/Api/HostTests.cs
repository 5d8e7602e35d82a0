using System.Net;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

public sealed class HostTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Health_Anonymous_ReportsTheDatabaseCheck()
    {
        using var client = _host.Anonymous();
        var health = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var database = health.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal("Sqlite", database.GetProperty("data").GetProperty("engine").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryResourceAndTheBearerScheme()
    {
        using var client = _host.Anonymous();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/factories", "/api/v1/factories/{id}", "/api/v1/machines", "/api/v1/materials", "/api/v1/suppliers", "/api/v1/customers", "/api/v1/orders", "/api/v1/users" })
        {
            Assert.Contains(path, paths);
        }
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task UnknownRoute_IsAProblem404()
    {
        using var client = _host.Admin();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/spaceships"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Created_ResourceCarriesItsLocationAndIsReadableThere()
    {
        using var admin = _host.Admin();
        var response = await admin.PostAsync("/api/v1/suppliers", new StringContent(
            """{"name":"Tsuen Wan Plastics","country":"HK","leadTimeDays":2,"contactEmail":"hello@twp.example"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/v1/suppliers/sup_", location, StringComparison.Ordinal);
        Assert.Contains("Tsuen Wan Plastics", await admin.GetStringAsync(location), StringComparison.Ordinal);
    }
}
