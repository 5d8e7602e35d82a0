using System.Net;
using System.Net.Http.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microfactory.Server.Tests.Api;

/// <summary>Who may call what: every endpoint declares it, anonymous API calls get 401, the wrong role gets 403.</summary>
public sealed class AccessTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public void Endpoints_Every_DeclaresWhoMayCallIt()
    {
        // Either open on purpose (AllowAnonymous) or guarded by an authorization requirement; nothing by accident.
        // Two framework endpoints carry no data and cannot take metadata from us: the static-file fallback of the
        // static-web-assets manifest and Blazor's redirect helper for form posts.
        string[] framework = ["Fallback {**path:file}", "Blazor Opaque Redirection"];
        var undeclared = ApiEndpoints(_host, includeNonApi: true)
            .Where(e => !framework.Contains(e.DisplayName))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.DisplayName)
            .ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public void ApiEndpoints_Every_NamesAPolicy()
    {
        var endpoints = ApiEndpoints(_host).ToList();
        Assert.True(endpoints.Count >= 25, $"Expected the whole API, found {endpoints.Count} endpoints.");
        Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy is not null));
    }

    [Fact]
    public async Task ApiEndpoints_Anonymous_Get401ProblemWithBearerChallenge()
    {
        using var client = _host.Anonymous();
        foreach (var endpoint in ApiEndpoints(_host).Where(e => !IsPublic(e)))
        {
            var path = endpoint.RoutePattern.RawText!.Replace("{id}", "x", StringComparison.Ordinal);
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(new { });
                }
                var response = await client.SendAsync(request);
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
                Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ApiEndpoints_WrongOrRevokedKey_Get401()
    {
        using var wrong = _host.WithKey("mf_not-a-key");
        await ProblemAssert.IsProblemAsync(await wrong.GetAsync("/api/v1/factories"), HttpStatusCode.Unauthorized);

        using var planner = await _host.UserAsync("planner");
        var created = await planner.PostAsJsonAsync("/api/v1/api-keys", new { name = "second" });
        var key = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await planner.DeleteAsync($"/api/v1/api-keys/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync("/api/v1/factories")).StatusCode);
        await ProblemAssert.IsProblemAsync(await planner.DeleteAsync($"/api/v1/api-keys/{key}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("customer", "GET", "/api/v1/machines")]
    [InlineData("customer", "GET", "/api/v1/materials")]
    [InlineData("customer", "GET", "/api/v1/suppliers")]
    [InlineData("operator", "POST", "/api/v1/machines")]
    [InlineData("designer", "PUT", "/api/v1/materials/mat_pla_filament")]
    [InlineData("planner", "POST", "/api/v1/factories")]
    [InlineData("planner", "GET", "/api/v1/users")]
    [InlineData("operator", "GET", "/api/v1/orders")]
    [InlineData("designer", "GET", "/api/v1/customers")]
    public async Task ApiEndpoints_WrongRole_Get403(string role, string method, string path)
    {
        var customerId = role == "customer" ? await _host.CreateCustomerAsync("Role test") : null;
        using var client = await _host.UserAsync(role, customerId);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
        await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Me_ReturnsTheCallerWithoutSecrets()
    {
        using var admin = _host.Admin();
        var me = await admin.GetStringAsync("/api/v1/me");
        Assert.Contains("\"role\":\"admin\"", me, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", me, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The endpoints of public content, which anyone may call without a key: exactly the passports and the AAS API.</summary>
    internal static bool IsPublic(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Microfactory.Server.Access.Policies.Public);

    [Fact]
    public void ApiEndpoints_Public_AreThePassportsAndTheAasApiOnly()
    {
        var open = ApiEndpoints(_host).Where(IsPublic).Select(e => e.RoutePattern.RawText!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "/api/v1/aas/shells", "/api/v1/aas/shells/{aasIdentifier}", "/api/v1/aas/shells/{aasIdentifier}/submodel-refs", "/api/v1/aas/submodels",
                "/api/v1/aas/submodels/{submodelIdentifier}", "/api/v1/aas/submodels/{submodelIdentifier}/$value",
                "/api/v1/units/{serial}/passport", "/api/v1/units/{serial}/passport.aasx", "/api/v1/units/{serial}/passport/files/{fileName}", "/api/v1/units/{serial}/qr.svg",
            ], open);
    }

    internal static IEnumerable<RouteEndpoint> ApiEndpoints(TestHost host, bool includeNonApi = false) =>
        host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => includeNonApi || e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal));
}
