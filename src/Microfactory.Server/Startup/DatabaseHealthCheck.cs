using Dapper;
using Microfactory.Server.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microfactory.Server.Startup;

/// <summary>Healthy when the database answers a query and the schema is at the latest migration.</summary>
internal sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<long?>("SELECT max(version) FROM schema_migrations");
            var latest = Migrator.All.Count == 0 ? 0 : Migrator.All[^1].Version;
            var data = new Dictionary<string, object> { ["engine"] = database.Engine.ToString(), ["schemaVersion"] = version ?? 0 };
            return version == latest
                ? HealthCheckResult.Healthy("The database answers and its schema is current.", data)
                : HealthCheckResult.Unhealthy($"The schema is at version {version ?? 0}, expected {latest}.", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
