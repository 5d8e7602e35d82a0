using System.CommandLine;
using Microfactory.Server;
using Microfactory.Server.Startup;
using Microfactory.Server.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfactory.Cli.Commands;

/// <summary>
/// How CLI commands reach the platform's database: the same configuration as the server
/// (appsettings.json defaults, <c>Microfactory__…</c> environment variables), overridable with
/// <c>--connection-string</c>, and the same application services the API uses.
/// </summary>
internal static class ServerConnection
{
    public static Option<string?> ConnectionStringOption() => new("--connection-string", "-c")
    {
        Description = "SQLite ('Data Source=./data/microfactory.db') or PostgreSQL ('Host=…;Database=…;Username=…;Password=…'). Default: the server's setting.",
    };

    public static ServiceProvider CreateServices(string? connectionString)
    {
        var overrides = new Dictionary<string, string?>();
        if (connectionString is not null)
        {
            overrides[$"{MicrofactoryOptions.Section}:{nameof(MicrofactoryOptions.ConnectionString)}"] = connectionString;
        }
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        // The server's host provides IConfiguration itself; services that read settings directly (the maturity model's path) need it here too.
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMicrofactoryApplication(configuration);
        // The factory's clock: on a database the simulated twin ran on, its time goes on (at real speed) from where the
        // twin saved it, so "today" and "the last shift" mean what they mean to the server (see DatabaseCommand).
        services.AddSingleton<TimeProvider>(new Microfactory.Server.Features.Simulation.SimulationClock(TimeProvider.System, 1));
        services.AddSingleton(new Microfactory.Server.Access.WallClock(TimeProvider.System));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The full path of the configured SQLite file when it does not exist (null for PostgreSQL,
    /// in-memory databases and existing files): read-only commands report it instead of
    /// creating an empty database where a path was mistyped.
    /// </summary>
    public static string? MissingSqliteFile(IServiceProvider services)
    {
        var connectionString = services.GetRequiredService<IOptions<MicrofactoryOptions>>().Value.ConnectionString;
        if (Database.DetectEngine(connectionString) != DatabaseEngine.Sqlite)
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }
        var path = Path.GetFullPath(builder.DataSource);
        return File.Exists(path) ? null : path;
    }
}
