using System.Data.Common;

namespace Microfactory.Server.Features.Simulation;

/// <summary>Continues the simulated clock from where the last run saved it (server start, and every CLI command on the same database).</summary>
internal static class SimulationClockResume
{
    /// <summary>The time continued from, or null when the clock is real or nothing was saved (or the database has no such table yet).</summary>
    public static async Task<DateTimeOffset?> ContinueAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<TimeProvider>() is not SimulationClock clock)
        {
            return null;
        }
        try
        {
            if (await services.GetRequiredService<SimulationClockStore>().LoadAsync(cancellationToken) is { } stopped)
            {
                clock.ContinueFrom(stopped);
                return stopped;
            }
        }
        catch (DbException)
        {
            // A database not migrated yet has no saved clock.
        }
        return null;
    }
}
