using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// The real server (Kestrel on a free port of 127.0.0.1) over a database of its own, with a known
/// admin API key. Helpers create users of each role with their own keys, as an admin would.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0000000000000000";

    private readonly WebApplication _app;
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    private TestHost(WebApplication app, TestDatabase database, bool ownsDatabase, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        _database = database;
        _ownsDatabase = ownsDatabase;
        Addresses = addresses;
        Address = addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? addresses[0];
    }

    /// <summary>The plain-HTTP address (the first one when the server listens on HTTPS only).</summary>
    public Uri Address { get; }

    /// <summary>Every address the server listens on (an https one too when started with a Kestrel HTTPS endpoint).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The HTTPS address, for a server started with one (see <c>PactHost</c>).</summary>
    public Uri HttpsAddress => Addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttps) ?? throw new InvalidOperationException("This server has no HTTPS endpoint.");

    public TestDatabase Database => _database;

    public static JsonSerializerOptions Json { get; } = CreateJsonOptions();

    public const string AdminPassword = "admin-password-for-tests";

    /// <summary>Starts a server; <paramref name="settings"/> are extra command-line settings such as <c>--Microfactory:SignIn:ClientFailureLimit=3</c>.</summary>
    public static async Task<TestHost> StartAsync(string engine = "sqlite", bool seedDemo = true, params string[] settings) =>
        await StartAsync(await TestDatabase.CreateAsync(engine, migrate: false), ownsDatabase: true, seedDemo, settings);

    /// <summary>A server whose clock is <paramref name="time"/> (a <c>FakeTimeProvider</c>, say) instead of the system's.</summary>
    public static async Task<TestHost> StartAsync(TimeProvider time, string engine = "sqlite", params string[] settings) =>
        await StartAsync(await TestDatabase.CreateAsync(engine, migrate: false), ownsDatabase: true, services => services.AddSingleton(time), seedDemo: true, settings);

    /// <summary>A server over a given database (a second server over the same one is a restart); <paramref name="settings"/> are extra <c>--key=value</c> arguments.</summary>
    public static Task<TestHost> StartAsync(TestDatabase database, bool ownsDatabase, bool seedDemo = true, params string[] settings) =>
        StartAsync(database, ownsDatabase, null, seedDemo, settings);

    /// <summary>A server whose services <paramref name="configure"/> may replace (a fake <see cref="TimeProvider"/>, say).</summary>
    public static async Task<TestHost> StartAsync(TestDatabase database, bool ownsDatabase, Action<IServiceCollection>? configure, bool seedDemo = true, params string[] settings)
    {
        var keys = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"), "keys");
        var app = ServerApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Microfactory:ConnectionString={database.ConnectionString}",
            $"--Microfactory:DataProtectionKeysPath={keys}",
            $"--Microfactory:Bootstrap:AdminApiKey={AdminKey}",
            $"--Microfactory:Bootstrap:AdminPassword={AdminPassword}",
            $"--Microfactory:Seed:Demo={seedDemo}",
            // The demo's sample supplier footprint would replace secondary factors that tests compute figures from; tests that want it say so.
            "--Microfactory:Seed:DemoSupplierFootprints=false",
            "--Logging:LogLevel:Default=Warning",
            "--Microfactory:Simulation:Enabled=false",
            .. settings,
        ], configure);
        await app.InitialiseAsync(TextWriter.Null);
        await app.StartAsync();
        return new TestHost(app, database, ownsDatabase, [.. app.Urls.Select(u => new Uri(u))]);
    }

    public HttpClient Anonymous() => new() { BaseAddress = Address };

    public HttpClient WithKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Admin() => WithKey(AdminKey);

    /// <summary>Creates a user of <paramref name="role"/> (a customer user needs <paramref name="customerId"/>) and returns an API client acting as that user.</summary>
    public const string UserPassword = "password-for-tests";

    public async Task<HttpClient> UserAsync(string role, string? customerId = null) => (await NewUserAsync(role, customerId)).Client;

    /// <summary>Like <see cref="UserAsync"/>, also telling the new user's id and e-mail (the password is <see cref="UserPassword"/>).</summary>
    public async Task<(HttpClient Client, string Id, string Email)> NewUserAsync(string role, string? customerId = null, string? displayName = null)
    {
        using var admin = Admin();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = displayName ?? role, role, password = UserPassword, customerId }, Json);
        created.EnsureSuccessStatusCode();
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetString()!;
        var key = await admin.PostAsJsonAsync($"/api/v1/users/{userId}/api-keys", new { name = "tests" }, Json);
        key.EnsureSuccessStatusCode();
        var token = (await key.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("token").GetString()!;
        return (WithKey(token), userId, email);
    }

    public async Task<string> CreateCustomerAsync(string name)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/customers", new { name, email = $"{Guid.NewGuid():N}@example.com" }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetString()!;
    }

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceRegistration.Configure(options);
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}
