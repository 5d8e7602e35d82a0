using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Tests.Api;

/// <summary>
/// Control characters (NUL above all, which PostgreSQL cannot store) are refused by field wherever text comes in:
/// every string of every JSON body, dictionary keys, route values, query strings and forms, on both engines.
/// </summary>
public sealed class ControlCharacterTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryStringOfEveryJsonBody_WithNul_Is400NamingIt(string engine)
    {
        var host = fixture.Host(engine);
        var options = host.Service<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        using var admin = host.Admin();
        var checkedFields = new List<string>();
        foreach (var operation in ApiOperation.JsonBodies(host))
        {
            foreach (var (field, body) in StringFields(options.GetTypeInfo(operation.BodyType!), options, depth: 0))
            {
                var response = await SendAsync(admin, operation.Method, operation.Url("x"), body.ToJsonString());
                var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
                var errors = problem.GetProperty("errors");
                var named = field.EndsWith(KeyMarker, StringComparison.Ordinal)
                    ? errors.EnumerateObject().Single().Name.StartsWith(field[..^KeyMarker.Length], StringComparison.Ordinal)
                    : errors.TryGetProperty(field, out _);
                Assert.True(named, $"{operation}: expected an error for {field}, got {problem}");
                Assert.Contains("control characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                checkedFields.Add($"{operation.Pattern} {field}");
            }
        }
        // The walk must have reached the nested and dictionary fields, or this test would prove little.
        Assert.Contains("/api/v1/machines/ calendar.downtimes[0].reason", checkedFields);
        Assert.Contains("/api/v1/orders/ lines[0].parameters.k", checkedFields);
        Assert.Contains("/api/v1/orders/ lines[0].parameters" + KeyMarker, checkedFields);
        Assert.Contains("/api/v1/factories/{id} address", checkedFields);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MultiLineFields_TabAndLineBreaks_AreKeptButOtherControlsRefused(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var created = await admin.PostAsync("/api/v1/customers", Json(
            $$"""{"name":"Lines Ltd","email":"{{Guid.NewGuid():N}}@lines.example","address":"Unit 5\r\n18 Hung To Road\tKwun Tong"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var stored = JsonDocument.Parse(await admin.GetStringAsync(location)).RootElement;
        Assert.Equal("Unit 5\r\n18 Hung To Road\tKwun Tong", stored.GetProperty("address").GetString());

        var bell = await admin.PostAsync("/api/v1/customers", Json($$"""{"name":"Lines Ltd","email":"{{Guid.NewGuid():N}}@lines.example","address":"Unit 5\u0007"}"""));
        await ProblemAssert.IsProblemAsync(bell, HttpStatusCode.BadRequest, "address");
        var newlineInName = await admin.PostAsync("/api/v1/customers", Json($$"""{"name":"Lines\nLtd","email":"{{Guid.NewGuid():N}}@lines.example"}"""));
        await ProblemAssert.IsProblemAsync(newlineInName, HttpStatusCode.BadRequest, "name");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryRouteValue_WithControlCharacter_Is400NamingIt(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var operations = ApiOperation.All(host).Where(o => o.Pattern.StartsWith("/api/", StringComparison.Ordinal) && o.RouteParameters.Count > 0).ToList();
        Assert.NotEmpty(operations);
        foreach (var operation in operations)
        {
            var response = await SendAsync(admin, operation.Method, operation.Url("fac%01x"), operation.BodyType is null ? null : "{}");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, operation.RouteParameters[0]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task QueryValue_WithNul_Is400NamingIt(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/machines?factoryId=fac%00kwun_tong"), HttpStatusCode.BadRequest, "factoryId");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/catalogue/wall-shelf/1.0.0/design.json?length=600%1Bmm"), HttpStatusCode.BadRequest, "length");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/machines?factoryId=fac_kwun_tong")).StatusCode);
    }

    [Fact]
    public async Task DesignParameterValue_WithNul_Is400NamingIt()
    {
        // Design parameters are read as JSON values (a text, a number or true/false), so they pass no string converter.
        var host = fixture.Host("sqlite");
        using var admin = host.Admin();
        var response = await admin.PostAsync("/api/v1/templates/plywood-storage-box/versions/1.0.0/designs",
            new StringContent("""{"parameters":{"label":"TOOLS\u0000"}}""", Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "parameters.label");
        Assert.Contains("control characters", problem.GetProperty("errors").GetProperty("parameters.label")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task PathWithNul_IsRefusedBeforeTheApplicationAndTheServerStillAnswers(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        // Kestrel itself refuses %00 in a path (400, no body, connection closed): nothing reaches a store.
        var response = await admin.GetAsync("/api/v1/factories/fac%00kwun_tong");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var fresh = host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/factories/fac_kwun_tong")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SignInForm_WithNul_Is400AndTheServerStillAnswers(string engine)
    {
        var host = fixture.Host(engine);
        using var client = host.Anonymous();
        foreach (var body in new[] { "Input.Email=admin%00@microfactory.local&Input.Password=x&_handler=login", "Input.Email=admin%01@microfactory.local&Input.Password=x&_handler=login" })
        {
            var response = await client.PostAsync("/login", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("control characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    private const string KeyMarker = "<key>";
    private const string Nul = "a\u0000b";

    /// <summary>
    /// For each string a body type holds (properties, list items, dictionary keys and values, at any depth), a JSON
    /// body that sets just that string to one with a NUL, with the field name the API must report.
    /// </summary>
    private static IEnumerable<(string Field, JsonNode Body)> StringFields(JsonTypeInfo info, JsonSerializerOptions options, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }
        if (info.Type == typeof(string))
        {
            yield return ("", JsonValue.Create(Nul));
            yield break;
        }
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    foreach (var (sub, node) in StringFields(options.GetTypeInfo(property.PropertyType), options, depth + 1))
                    {
                        var field = sub.Length == 0 || sub.StartsWith('[') || sub.StartsWith(KeyMarker, StringComparison.Ordinal) ? property.Name + sub : $"{property.Name}.{sub}";
                        yield return (field, new JsonObject { [property.Name] = node });
                    }
                }
                break;
            case JsonTypeInfoKind.Enumerable:
                foreach (var (sub, node) in StringFields(options.GetTypeInfo(info.ElementType!), options, depth + 1))
                {
                    yield return ("[0]" + (sub.Length == 0 || sub.StartsWith('[') ? sub : "." + sub), new JsonArray(node));
                }
                break;
            case JsonTypeInfoKind.Dictionary:
                if (info.KeyType == typeof(string))
                {
                    yield return (KeyMarker, new JsonObject { [Nul] = ValueOf(options.GetTypeInfo(info.ElementType!)) });
                }
                foreach (var (sub, node) in StringFields(options.GetTypeInfo(info.ElementType!), options, depth + 1))
                {
                    yield return ("k" + (sub.Length == 0 || sub.StartsWith('[') ? sub : "." + sub), new JsonObject { ["k"] = node });
                }
                break;
        }
    }

    private static JsonNode? ValueOf(JsonTypeInfo info) => info.Type == typeof(string) ? JsonValue.Create("v") : null;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = Json(body);
        }
        return await client.SendAsync(request);
    }
}
