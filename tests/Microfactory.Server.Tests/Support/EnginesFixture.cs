namespace Microfactory.Server.Tests.Support;

/// <summary>One server per engine, shared by the tests of a class whose tests write only data of their own: pick one with <see cref="Host"/>.</summary>
public sealed class EnginesFixture : IAsyncLifetime
{
    private readonly Dictionary<string, TestHost> _hosts = [];

    internal TestHost Host(string engine) => _hosts[engine];

    public async Task InitializeAsync()
    {
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            _hosts[engine] = await TestHost.StartAsync(engine);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }
}
