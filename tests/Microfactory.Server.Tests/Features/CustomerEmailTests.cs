using System.Net;
using System.Text;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features;

/// <summary>One customer per e-mail address, whatever the case of its letters, on create and on update, on both engines.</summary>
public sealed class CustomerEmailTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_WithTheEmailOfAnotherCustomer_Is409NamingEmail(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var local = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/customers", Customer("Mei Chan", $"{local}@example.com"))).StatusCode);
        var before = await admin.GetStringAsync("/api/v1/customers?pageSize=200");

        foreach (var same in new[] { $"{local}@example.com", $"{local.ToUpperInvariant()}@EXAMPLE.com", $"  {local}@Example.Com " })
        {
            var response = await admin.PostAsync("/api/v1/customers", Customer("Another Mei", same));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "email");
        }
        Assert.Equal(before, await admin.GetStringAsync("/api/v1/customers?pageSize=200"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Update_ToTheEmailOfAnotherCustomer_Is409ButOwnAddressInAnyCaseIsFine(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var (first, second) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        await admin.PostAsync("/api/v1/customers", Customer("First", $"{first}@example.com"));
        var created = await admin.PostAsync("/api/v1/customers", Customer("Second", $"{second}@example.com"));
        var location = created.Headers.Location!.ToString();

        await ProblemAssert.IsProblemAsync(await admin.PutAsync(location, Customer("Second", $"{first.ToUpperInvariant()}@example.com")), HttpStatusCode.Conflict, "email");
        Assert.Contains($"{second}@example.com", await admin.GetStringAsync(location), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync(location, Customer("Second", $"{second.ToUpperInvariant()}@example.com"))).StatusCode);
        Assert.Contains($"{second.ToUpperInvariant()}@example.com", await admin.GetStringAsync(location), StringComparison.Ordinal);
    }

    private static StringContent Customer(string name, string email) =>
        new($$"""{"name":"{{name}}","email":"{{email}}"}""", Encoding.UTF8, "application/json");
}
