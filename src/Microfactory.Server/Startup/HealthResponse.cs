using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microfactory.Server.Startup;

/// <summary>Writes /health as JSON: overall status plus one entry per check, without exception details.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }));
    }
}
