using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microfactory.Server.Features.Pact;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A real server that also serves HTTPS (Kestrel, PEM certificate from <see cref="TestCertificate"/>) with one PACT client
/// configured the way automation does it (<c>Microfactory:Pact:Clients:0:…</c>). Its outbound PACT calls trust the test
/// certificate, so two such servers can answer each other's events.
/// </summary>
internal sealed class PactHost : IAsyncDisposable
{
    public const string ClientId = "conformance-client";
    public const string ClientSecret = "conformance-secret-0000000000000000";

    private PactHost(TestHost host) => Host = host;

    public TestHost Host { get; }

    public Uri Https => Host.HttpsAddress;

    /// <summary>Starts a server; <paramref name="settings"/> are extra <c>--key=value</c> settings (a callback for the configured client, say).</summary>
    public static async Task<PactHost> StartAsync(string engine = "sqlite", TestDatabase? database = null, TimeProvider? time = null, params string[] settings)
    {
        void Configure(IServiceCollection services)
        {
            if (time is not null)
            {
                services.AddSingleton(time);
            }
            services.AddHttpClient(HttpPactEventSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => TestCertificate.Instance.TrustingHandler());
            services.AddHttpClient(Microfactory.Server.Features.SupplierFootprints.PactSupplierClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => TestCertificate.Instance.TrustingHandler());
        }
        var owns = database is null;
        database ??= await TestDatabase.CreateAsync(engine, migrate: false);
        string[] all =
        [
            .. TestCertificate.Instance.KestrelSettings(),
            $"--Microfactory:Pact:Clients:0:ClientId={ClientId}",
            $"--Microfactory:Pact:Clients:0:ClientSecret={ClientSecret}",
            "--Microfactory:Pact:RetryBaseDelay=00:00:01",
            .. settings,
        ];
        return new PactHost(await TestHost.StartAsync(database, owns, Configure, seedDemo: true, all));
    }

    /// <summary>An HTTPS client of this server that trusts the test certificate.</summary>
    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient(TestCertificate.Instance.TrustingHandler()) { BaseAddress = Https };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return client;
    }

    /// <summary>A plain-HTTP client of the same server.</summary>
    public HttpClient PlainClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.Address };

    public static HttpRequestMessage TokenRequest(string clientId, string secret, string body = "grant_type=client_credentials") => new(HttpMethod.Post, "/auth/token")
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}"))) },
        Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
    };

    /// <summary>A token for the configured client (or the given one).</summary>
    public async Task<string> TokenAsync(string clientId = ClientId, string secret = ClientSecret)
    {
        using var client = Client();
        using var response = await client.SendAsync(TokenRequest(clientId, secret));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A client of this server with a fresh token of the configured client.</summary>
    public async Task<HttpClient> AuthorizedAsync() => Client(await TokenAsync());

    public T Service<T>()
        where T : notnull => Host.Service<T>();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
