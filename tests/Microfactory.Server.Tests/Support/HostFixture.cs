namespace Microfactory.Server.Tests.Support;

/// <summary>One server shared by the tests of a class whose tests only read, or write data of their own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    internal TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
