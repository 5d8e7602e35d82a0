using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Microfactory.Telemetry.Benchmarks;

/// <summary>The real server (Microfactory.Server.dll from this folder) as a child process over a fresh SQLite database with the demo seed, its MQTT ingest pointed at the broker.</summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly Process _process;

    private Server(Process process, Uri address, string key, string folder)
    {
        _process = process;
        Address = address;
        Key = key;
        Folder = folder;
    }

    public Uri Address { get; }

    public string Key { get; }

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "microfactory.db");

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
    }

    public static async Task<Server> StartAsync(IReadOnlyDictionary<string, string> settings, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("mf-bench-telemetry-").FullName;
        var port = Ports.Free();
        var key = "telemetry-bench-admin-key-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Microfactory.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Microfactory__ConnectionString"] = $"Data Source={Path.Combine(folder, "microfactory.db")}";
        start.Environment["Microfactory__Bootstrap__AdminApiKey"] = key;
        start.Environment["Microfactory__Bootstrap__AdminPassword"] = "telemetry-bench-admin-password";
        start.Environment["Microfactory__DataProtectionKeysPath"] = Path.Combine(folder, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet Microfactory.Server.dll");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                log.WriteLine("server: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Server(process, new Uri($"http://127.0.0.1:{port}"), key, folder);
        using var client = server.Client();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {process.ExitCode}");
            }
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK
                    && (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/telemetry/stats", UriKind.Relative))).GetProperty("mqtt").GetProperty("connected").GetBoolean())
                {
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
        throw new TimeoutException("the server did not become healthy and connected within 90 s");
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the system to clean
        }
    }
}
