using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Microfactory.Server.Tests.Support;

/// <summary>The server's own build output run as a child process, so that it can really be killed.</summary>
internal sealed class ServerProcess : IDisposable
{
    public const string Key = "process-test-admin-key-0000000";
    public const string AdminPassword = "process-test-admin-password";
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>True once the process has ended, on its own (a crash) or killed.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server over <paramref name="connectionString"/>; <paramref name="environment"/> adds settings (<c>Microfactory__Mqtt__Enabled</c>, say).</summary>
    public static async Task<ServerProcess> StartAsync(string connectionString, string workDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Microfactory.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.Environment["Microfactory__ConnectionString"] = connectionString;
        start.Environment["Microfactory__Simulation__Enabled"] = "false";
        start.Environment["Microfactory__Bootstrap__AdminApiKey"] = Key;
        start.Environment["Microfactory__Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["Microfactory__DataProtectionKeysPath"] = Path.Combine(workDirectory, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(process.HasExited, $"The server exited early with code {(process.HasExited ? process.ExitCode : 0)}.");
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
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
                // slow first start
            }
            await Task.Delay(200);
        }
        server.Kill();
        throw new TimeoutException("The server did not become healthy within 60 s.");
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // SIGKILL on Linux
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
