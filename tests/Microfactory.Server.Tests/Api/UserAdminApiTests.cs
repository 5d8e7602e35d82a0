using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>Admins manage users and anybody's keys; everybody changes their own password; bad input names the field.</summary>
public sealed class UserAdminApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Patch_BadInput_IsAProblemNamingTheFieldAndChangesNothing()
    {
        var (_, id, _) = await _host.NewUserAsync("designer", displayName: "Unchanged Name");
        using var admin = _host.Admin();
        await ProblemAssert.IsProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { displayName = "  " }), HttpStatusCode.BadRequest, "displayName");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { displayName = new string('x', 201) }), HttpStatusCode.BadRequest, "displayName");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = "yes" }), HttpStatusCode.BadRequest, "disabled");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { role = "admin" }), HttpStatusCode.BadRequest, "role");
        await ProblemAssert.IsProblemAsync(await admin.PatchAsJsonAsync("/api/v1/users/usr_nobody", new { disabled = true }), HttpStatusCode.NotFound);

        // An empty patch changes nothing (and says so by answering the user as it is).
        Assert.Equal("Unchanged Name", (await (await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal("Unchanged Name", user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task Patch_AdminDisablingThemselves_IsRefused()
    {
        using var admin = _host.Admin();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        await ProblemAssert.IsProblemAsync(
            await admin.PatchAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetString()}", new { disabled = true }), HttpStatusCode.BadRequest, "disabled");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData("PATCH", "/api/v1/users/usr_x")]
    [InlineData("GET", "/api/v1/users/usr_x")]
    [InlineData("GET", "/api/v1/users/usr_x/api-keys")]
    [InlineData("GET", "/api/v1/users/usr_x/sessions")]
    [InlineData("DELETE", "/api/v1/users/usr_x/sessions")]
    public async Task UserAdministration_NonAdmin_Gets403(string method, string path)
    {
        using var planner = await _host.UserAsync("planner");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "PATCH" ? JsonContent.Create(new { disabled = true }) : null };
        await ProblemAssert.IsProblemAsync(await planner.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ApiKeys_AdminSeesAndRevokesAnyKey_AnotherUserGets404()
    {
        var (owner, ownerId, _) = await _host.NewUserAsync("designer");
        using var other = await _host.UserAsync("designer");
        using var admin = _host.Admin();
        var keys = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ownerId}/api-keys");
        var keyId = Assert.Single(keys.EnumerateArray()).GetProperty("id").GetString();

        await ProblemAssert.IsProblemAsync(await other.DeleteAsync($"/api/v1/api-keys/{keyId}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{keyId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await owner.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        var revoked = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ownerId}/api-keys")).EnumerateArray());
        Assert.Equal(JsonValueKind.String, revoked.GetProperty("revokedAt").ValueKind);
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/v1/api-keys/{keyId}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/users/usr_nobody/api-keys"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null, "long enough new password", "currentPassword")]
    [InlineData("wrong current password", "long enough new password", "currentPassword")]
    [InlineData(TestHost.UserPassword, "too short", "newPassword")]
    [InlineData(TestHost.UserPassword, null, "newPassword")]
    [InlineData(TestHost.UserPassword, TestHost.UserPassword, "newPassword")]
    public async Task ChangePassword_BadInput_Is400NamingTheFieldAndKeepsThePassword(string? current, string? next, string field)
    {
        var (client, _, email) = await _host.NewUserAsync("operator");
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = current, newPassword = next }), HttpStatusCode.BadRequest, field);
        using var browser = new WebSession(_host.Address);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, TestHost.UserPassword)).StatusCode);
    }
}
