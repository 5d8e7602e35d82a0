namespace Microfactory.Server.Storage;

/// <summary>Loads the bundled native SQLite once per process (Microsoft.Data.Sqlite.Core needs an explicit provider).</summary>
internal static class SqliteBootstrap
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialised() => _ = Initialised.Value;
}
