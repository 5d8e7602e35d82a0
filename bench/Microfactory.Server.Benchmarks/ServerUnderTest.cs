using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// The real server (Microfactory.Server.dll from this folder) as a child process on a free port of 127.0.0.1, with a
/// fresh SQLite database in a temporary folder and the demo seed; or an already running server named by URL.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly string? _folder;

    private ServerUnderTest(Uri address, string adminKey, Process? process, string? folder)
    {
        Address = address;
        AdminKey = adminKey;
        _process = process;
        _folder = folder;
    }

    public Uri Address { get; }

    public string AdminKey { get; }

    public int? ProcessId => _process?.Id;

    /// <summary>CPU time the server process has used so far (user + system, all threads); null for a server this run did not start.</summary>
    public TimeSpan? CpuTime()
    {
        if (_process is null || _process.HasExited)
        {
            return null;
        }
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public static ServerUnderTest Existing(Uri address, string adminKey) => new(address, adminKey, null, null);

    public static async Task<ServerUnderTest> StartAsync(IReadOnlyDictionary<string, string> settings, bool keep, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("mf-load-").FullName;
        var port = FreePort();
        var key = "load-bench-admin-key-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Microfactory.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Microfactory__ConnectionString"] = $"Data Source={Path.Combine(folder, "microfactory.db")}";
        start.Environment["Microfactory__Seed__Demo"] = "true";
        start.Environment["Microfactory__Simulation__Enabled"] = "false";
        start.Environment["Microfactory__Bootstrap__AdminApiKey"] = key;
        start.Environment["Microfactory__Bootstrap__AdminPassword"] = "load-bench-admin-password";
        start.Environment["Microfactory__DataProtectionKeysPath"] = Path.Combine(folder, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet Microfactory.Server.dll");
        var errors = new List<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (errors)
                {
                    errors.Add(line);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(new Uri($"http://127.0.0.1:{port}"), key, process, keep ? null : folder);
        using var probe = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {process.ExitCode}: {string.Join(Environment.NewLine, errors.TakeLast(20))}");
            }
            try
            {
                if ((await probe.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    await log.WriteLineAsync($"server pid {process.Id} healthy at {server.Address} after {clock.Elapsed.TotalSeconds:0.0} s (database in {folder})");
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // a slow first start
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException("the server did not become healthy within 90 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // a file still held open: the temporary folder is left for the system to clean
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
