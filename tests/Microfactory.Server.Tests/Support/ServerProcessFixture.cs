namespace Microfactory.Server.Tests.Support;

/// <summary>One real server process over its own SQLite database, shared by the tests of a class.</summary>
public sealed class ServerProcessFixture : IAsyncLifetime
{
    private TestDatabase _database = null!;

    internal ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        var work = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Server = await ServerProcess.StartAsync(_database.ConnectionString, work);
    }

    public async Task DisposeAsync()
    {
        Server.Dispose();
        await _database.DisposeAsync();
    }
}
