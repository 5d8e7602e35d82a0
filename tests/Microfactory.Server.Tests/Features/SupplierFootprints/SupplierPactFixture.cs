using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.SupplierFootprints;

/// <summary>
/// A supplier's PACT v3 host (our own, over HTTPS on 127.0.0.1, with the buyer registered as client
/// <see cref="PactHost.ClientId"/>), a <see cref="SupplierProxy"/> in front of it, and one buyer server per engine whose
/// PACT client pulls from them (two footprints a page, so every sync reads several pages; short retry waits).
/// </summary>
public sealed class SupplierPactFixture : IAsyncLifetime
{
    private readonly Dictionary<string, PactHost> _buyers = [];

    internal PactHost Supplier { get; private set; } = null!;

    internal SupplierProxy Proxy { get; private set; } = null!;

    internal PactHost Buyer(string engine) => _buyers[engine];

    /// <summary>
    /// A buyer with tight bounds (two pages of two, four seconds per request, two attempts) and a connection from
    /// configuration for <see cref="ConfiguredSupplierId"/> to the supplier, enabled, so its background sync runs at start.
    /// </summary>
    internal PactHost Bounded { get; private set; } = null!;

    public const string ConfiguredSupplierId = "sup_sz_polymers";

    public static readonly string[] BuyerSettings =
    [
        "--Microfactory:Suppliers:PageSize=2",
        "--Microfactory:Suppliers:RetryBaseDelay=00:00:00.05",
        "--Microfactory:Suppliers:RetryMaxDelay=00:00:02",
        "--Microfactory:Suppliers:RequestTimeout=00:00:15",
    ];

    public async Task InitializeAsync()
    {
        Supplier = await PactHost.StartAsync();
        Proxy = await SupplierProxy.StartAsync(Supplier.Https);
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            _buyers[engine] = await PactHost.StartAsync(engine, settings: BuyerSettings);
        }
        // More than the bounded buyer's two pages of two, whatever the supplier has published of its own by now.
        for (var i = 0; i < 5; i++)
        {
            await Pact.PactSampleFootprints.PublishAsync(Supplier.Host);
        }
        Bounded = await PactHost.StartAsync(settings:
        [
            "--Microfactory:Suppliers:PageSize=2",
            "--Microfactory:Suppliers:MaxPages=2",
            "--Microfactory:Suppliers:RequestTimeout=00:00:04",
            "--Microfactory:Suppliers:MaxAttempts=2",
            "--Microfactory:Suppliers:RetryBaseDelay=00:00:00.05",
            $"--Microfactory:Suppliers:PactConnections:0:SupplierId={ConfiguredSupplierId}",
            $"--Microfactory:Suppliers:PactConnections:0:BaseUrl={Supplier.Https}",
            $"--Microfactory:Suppliers:PactConnections:0:ClientId={PactHost.ClientId}",
            $"--Microfactory:Suppliers:PactConnections:0:ClientSecret={PactHost.ClientSecret}",
        ]);
        // The supplier publishes its catalogue's estimates as it starts; wait until its list stands still, so a re-sync sees the same list.
        var last = -1;
        for (var i = 0; i < 100; i++)
        {
            var count = await ListedCountAsync();
            if (count == last)
            {
                return;
            }
            last = count;
            await Task.Delay(500);
        }
    }

    /// <summary>How many footprints the supplier's /3/footprints lists.</summary>
    internal async Task<int> ListedCountAsync()
    {
        using var client = await Supplier.AuthorizedAsync();
        using var response = await client.GetAsync("/3/footprints?limit=1000");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetArrayLength();
    }

    public async Task DisposeAsync()
    {
        foreach (var buyer in _buyers.Values)
        {
            await buyer.DisposeAsync();
        }
        await Bounded.DisposeAsync();
        await Proxy.DisposeAsync();
        await Supplier.DisposeAsync();
    }
}
