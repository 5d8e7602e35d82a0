using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>
/// Nothing acknowledged is lost: the real server process is killed with SIGKILL right after it
/// acknowledged writes, restarted on the same database, and every write is still there.
/// </summary>
public sealed class PersistenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AcknowledgedWrites_SurviveRestartAndKill9(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migrate: false);
        var workDirectory = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);
        var written = new List<string>();

        using (var server = await ServerProcess.StartAsync(database.ConnectionString, workDirectory))
        {
            using var client = server.Client();
            for (var i = 0; i < 20; i++)
            {
                var response = await client.PostAsJsonAsync("/api/v1/suppliers", new { name = $"Supplier {i}", country = "HK", leadTimeDays = i, contactEmail = $"s{i}@example.com" });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                written.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
            }
            var update = await client.PutAsJsonAsync("/api/v1/machines/mch_fdm_1",
                new { factoryId = "fac_kwun_tong", name = "FDM printer 1 (renamed)", model = "FDM", capabilities = new[] { "cap_fdm_printing" }, idlePowerKw = 0.03, workingPowerKw = 0.2, hourlyRate = 50 });
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            server.Kill(); // SIGKILL straight after the acknowledgements: no graceful shutdown, no flush
        }

        using (var restarted = await ServerProcess.StartAsync(database.ConnectionString, workDirectory))
        {
            using var client = restarted.Client();
            foreach (var id in written)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/suppliers/{id}")).StatusCode);
            }
            var machine = await client.GetFromJsonAsync<JsonElement>("/api/v1/machines/mch_fdm_1");
            Assert.Equal("FDM printer 1 (renamed)", machine.GetProperty("name").GetString());
            var machines = await client.GetFromJsonAsync<JsonElement>("/api/v1/machines");
            Assert.Equal(11, machines.GetProperty("total").GetInt64()); // the demo seed ran once, not twice
        }
    }

    /// <summary>The server's own build output run as a child process, so that it can really be killed.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private const string Key = "persistence-test-admin-key-000";
        private readonly Process _process;

        private ServerProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<ServerProcess> StartAsync(string connectionString, string workDirectory)
        {
            var port = FreePort.Next();
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Microfactory.Server.dll"));
            start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
            start.Environment["Microfactory__ConnectionString"] = connectionString;
            start.Environment["Microfactory__Bootstrap__AdminApiKey"] = Key;
            start.Environment["Microfactory__DataProtectionKeysPath"] = Path.Combine(workDirectory, "keys");
            start.Environment["Logging__LogLevel__Default"] = "Warning";
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
}
