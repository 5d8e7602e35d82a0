using Microfactory.Cli.Commands;
using Microfactory.Server.Features.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Support;

/// <summary>Plan versions made by the real live plan (LivePlans) in the test's own process, as the server's worker makes them.</summary>
internal static class DemoPlans
{
    public const string Factory = "fac_kwun_tong";

    /// <summary>Loads or makes the factory's plan (the first call stores version 1).</summary>
    public static async Task<LivePlanSnapshot> CurrentAsync(string database)
    {
        await using var services = ServerConnection.CreateServices(database);
        return await services.GetRequiredService<LivePlans>().CurrentAsync(Factory, default);
    }

    /// <summary>
    /// Loads the plan, makes a change (returning the event that tells of it) and lets the live plan answer it once, as
    /// the worker's next pass would; returns the version in force after it.
    /// </summary>
    public static async Task<LivePlanSnapshot> RepairAsync(string database, Func<Task<PlanEvent>> change)
    {
        await using var services = ServerConnection.CreateServices(database);
        var plans = services.GetRequiredService<LivePlans>();
        await plans.CurrentAsync(Factory, default);
        await plans.NotifyAsync(await change(), default);
        await plans.RunOnceAsync(default);
        return await plans.CurrentAsync(Factory, default);
    }

    /// <summary>The stored versions, newest first.</summary>
    public static async Task<IReadOnlyList<StoredVersion>> VersionsAsync(string database)
    {
        await using var services = ServerConnection.CreateServices(database);
        return (await services.GetRequiredService<PlanStore>().ListVersionsAsync(Factory, 0, 200, default)).Items;
    }
}
