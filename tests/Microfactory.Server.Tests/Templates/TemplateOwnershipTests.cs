using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microfactory.Design.Catalogue;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Templates;

/// <summary>
/// A template id belongs to whoever published it first: others get 403, admins may publish any, the shipped
/// ids belong to the platform, and the catalogue tells who published each version.
/// </summary>
public sealed class TemplateOwnershipTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    private static string Shelf(string id, string version, string title = "Powder-coated steel wall shelf") =>
        ShippedTemplates.Find("wall-shelf")!.Yaml
            .Replace("id: wall-shelf", $"id: {id}", StringComparison.Ordinal)
            .Replace("version: 1.0.0", $"version: {version}", StringComparison.Ordinal)
            .Replace("title: Powder-coated steel wall shelf", $"title: {title}", StringComparison.Ordinal);

    [Fact]
    public async Task Publish_ShippedTemplateByADesigner_Is403AndTheCatalogueIsUnchanged()
    {
        using var designer = await _host.UserAsync("designer");
        var response = await designer.PostAsync("/api/v1/templates", Yaml(Shelf("wall-shelf", "7.0.0", "Hijacked shelf")));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("belongs to Microfactory platform", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var latest = await designer.GetFromJsonAsync<JsonElement>("/api/v1/templates/wall-shelf");
        Assert.NotEqual("Hijacked shelf", latest.GetProperty("template").GetProperty("title").GetString());
        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/v1/templates/wall-shelf/versions/7.0.0"), HttpStatusCode.NotFound);
        Assert.Equal("usr_system", latest.GetProperty("owner").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Publish_AnotherDesignersTemplate_Is403_TheOwnerAndAdminsMayPublishVersions()
    {
        var id = $"shelf-{Guid.NewGuid():N}"[..20];
        var (owner, ownerId, _) = await _host.NewUserAsync("designer", displayName: "Mei Chan");
        var (rival, _, _) = await _host.NewUserAsync("designer", displayName: "Rival Designer");
        using var admin = _host.Admin();

        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.0.0")))).StatusCode);
        var refused = await rival.PostAsync("/api/v1/templates", Yaml(Shelf(id, "2.0.0", "Hijacked shelf")));
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("belongs to Mei Chan", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.1.0")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.2.0")))).StatusCode);

        var detail = await rival.GetFromJsonAsync<JsonElement>($"/api/v1/templates/{id}");
        Assert.Equal("1.2.0", detail.GetProperty("template").GetProperty("version").GetString());
        Assert.Equal(ownerId, detail.GetProperty("owner").GetProperty("id").GetString());
        var history = detail.GetProperty("history").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetString(), v.GetProperty("publishedBy").GetProperty("displayName").GetString())).ToList();
        Assert.Equal([("1.2.0", "Administrator"), ("1.1.0", "Mei Chan"), ("1.0.0", "Mei Chan")], history);
    }

    [Fact]
    public async Task SetOwner_AdminHandsATemplateToAColleague_WhoMayThenPublishIt()
    {
        var id = $"box-{Guid.NewGuid():N}"[..20];
        var (leaving, _, _) = await _host.NewUserAsync("designer", displayName: "Leaving Designer");
        var (taking, takingId, _) = await _host.NewUserAsync("designer", displayName: "Taking Over");
        var (_, plannerId, _) = await _host.NewUserAsync("planner");
        using var admin = _host.Admin();
        Assert.Equal(HttpStatusCode.Created, (await leaving.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.0.0")))).StatusCode);
        await ProblemAssert.IsProblemAsync(await taking.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.1.0"))), HttpStatusCode.Forbidden);

        await ProblemAssert.IsProblemAsync(await taking.PutAsJsonAsync($"/api/v1/templates/{id}/owner", new { ownerId = takingId }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/v1/templates/{id}/owner", new { ownerId = plannerId }), HttpStatusCode.BadRequest, "ownerId");
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/api/v1/templates/{id}/owner", new { ownerId = (string?)null }), HttpStatusCode.BadRequest, "ownerId");
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync("/api/v1/templates/wall-shelf/owner", new { ownerId = takingId }), HttpStatusCode.BadRequest, "id");
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync("/api/v1/templates/never-published/owner", new { ownerId = takingId }), HttpStatusCode.NotFound);

        var moved = await admin.PutAsJsonAsync($"/api/v1/templates/{id}/owner", new { ownerId = takingId });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("Taking Over", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.Created, (await taking.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.1.0")))).StatusCode);
        await ProblemAssert.IsProblemAsync(await leaving.PostAsync("/api/v1/templates", Yaml(Shelf(id, "1.2.0"))), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ListAndDetail_NameThePublisherOfEachVersion()
    {
        using var customer = await _host.UserAsync("customer", await _host.CreateCustomerAsync("Catalogue reader"));
        var list = await customer.GetFromJsonAsync<JsonElement>("/api/v1/templates?pageSize=200");
        var phoneStand = list.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "phone-stand");
        Assert.Equal("usr_system", phoneStand.GetProperty("publishedBy").GetProperty("id").GetString());
        Assert.Equal("Microfactory platform", phoneStand.GetProperty("publishedBy").GetProperty("displayName").GetString());

        var detail = await customer.GetFromJsonAsync<JsonElement>("/api/v1/templates/phone-stand/versions/1.0.0");
        Assert.Equal("Microfactory platform", detail.GetProperty("template").GetProperty("publishedBy").GetProperty("displayName").GetString());
        Assert.Equal("Microfactory platform", detail.GetProperty("history")[0].GetProperty("publishedBy").GetProperty("displayName").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Migration_TemplatesPublishedBeforeOwnership_BelongToTheirFirstPublisher(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, migrate: false);
        await ApplyUpToAsync(db.Database, 2);
        await using (var connection = await db.Database.OpenAsync())
        {
            const string insert = """
                INSERT INTO templates (id, version, major, minor, patch, title, category, designer, description, licence, source, published_by, published_at_ms)
                VALUES (@id, @version, @major, 0, 0, 'Shelf', 'furniture', 'x', 'x', 'CC0', 'x', @by, @at)
                """;
            await connection.ExecuteAsync(insert, new { id = "wall-shelf", version = "1.0.0", major = 1, by = "usr_system", at = 1000L });
            await connection.ExecuteAsync(insert, new { id = "wall-shelf", version = "2.0.0", major = 2, by = "usr_hijacker", at = 2000L });
            await connection.ExecuteAsync(insert, new { id = "bracket", version = "3.0.0", major = 3, by = "usr_late", at = 9000L });
            await connection.ExecuteAsync(insert, new { id = "bracket", version = "1.0.0", major = 1, by = "usr_first", at = 5000L });
        }
        await new Migrator(db.Database, TimeProvider.System).MigrateAsync();
        await using var check = await db.Database.OpenAsync();
        var owners = (await check.QueryAsync<(string, string)>("SELECT template_id, owner_id FROM template_owners ORDER BY template_id")).ToList();
        Assert.Equal([("bracket", "usr_first"), ("wall-shelf", "usr_system")], owners);
    }

    private static async Task ApplyUpToAsync(Database database, int version)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)");
        foreach (var migration in Migrator.All.Where(m => m.Version <= version))
        {
            await connection.ExecuteAsync(Migrator.ForEngine(migration.Sql, database.Engine));
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (@Version, @Name, 0)", migration);
        }
    }
}
