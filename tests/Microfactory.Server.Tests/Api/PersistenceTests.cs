using System.Net;
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
}
