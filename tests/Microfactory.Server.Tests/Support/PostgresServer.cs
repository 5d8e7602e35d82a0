using System.Diagnostics;
using Npgsql;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster for the test run: initdb into a temporary folder, started with
/// pg_ctl on a free port of 127.0.0.1, stopped and deleted when the process exits. Never a system
/// service. Each test gets its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
internal sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);

    private readonly string _binDirectory;
    private readonly string _dataDirectory;

    private PostgresServer(string binDirectory, string dataDirectory, int port)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    public static Task<PostgresServer> SharedAsync() => Instance.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=mf;Pooling=true;Maximum Pool Size=20;Timeout=30";

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "mf_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var data = Path.Combine(Path.GetTempPath(), "mf-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres system user.
            await RunAsync("chown", ["postgres:postgres", data]);
        }
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(data, "db"), "-U", "mf", "--auth=trust", "-E", "UTF8", "--no-sync"], asRoot);
        var port = FreePort.Next();
        var options = $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(data, "db"), "-o", options, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "start"], asRoot);
        var server = new PostgresServer(bin, data, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            var (file, args) = Command(Path.Combine(_binDirectory, "pg_ctl"), ["-D", Path.Combine(_dataDirectory, "db"), "-m", "immediate", "-w", "stop"], asRoot);
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit(20_000);
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }

    private static string FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MF_POSTGRES_BIN");
        if (fromEnvironment is not null && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().ToList()
            : [];
        return candidates.Count > 0
            ? candidates[^1]
            : throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run ./test.sh, which installs it, or 'apt-get install postgresql'.");
    }

    private static (string File, IReadOnlyList<string> Args) Command(string file, IReadOnlyList<string> args, bool asPostgres) =>
        asPostgres ? ("runuser", ["-u", "postgres", "--", file, .. args]) : (file, args);

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgres = false)
    {
        var (command, arguments) = Command(file, args, asPostgres);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
