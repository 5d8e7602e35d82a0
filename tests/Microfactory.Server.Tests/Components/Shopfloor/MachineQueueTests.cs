using System.Net.Http.Json;
using Microfactory.Server.Components.Shopfloor;
using Microfactory.Server.Tests.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Components.Shopfloor;

/// <summary>
/// The operator terminal's queues on a simulated clock: released work in planned order, started work on top of the
/// machine it runs on at once (before the plan is rebuilt), done work gone at once, and the next step's wait lifted;
/// the head's instructions from the line's design (its parameter values, materials by name, file links).
/// </summary>
public sealed class MachineQueueTests
{
    private const string Laser = "mch_fiber_laser_1";
    private const string Brake = "mch_press_brake_1";

    [Fact]
    public async Task BuildAsync_WorkStartsPausesAndFinishes_QueuesFollowAtOnce()
    {
        var (host, _) = await LivePlanTests.StartAsync(await TestDatabase.CreateAsync("sqlite", migrate: false));
        await using var __ = host;
        using var admin = host.Admin();
        var customer = await host.CreateCustomerAsync("Queue buyer");
        var order = await LivePlanTests.OrderAsync(admin, customer, 2, length: "750 mm");
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, order).Count() == 8);
        var queue = host.Service<MachineQueue>();

        var laser = (await queue.BuildAsync(Laser, CancellationToken.None))!;
        var cuts = laser.Items.Where(i => i.OrderId == order).ToList();
        Assert.Equal([1, 2], cuts.Select(c => c.Unit));
        Assert.All(cuts, c => Assert.Equal(("released", "laser cut"), (c.State, c.StepLabel)));
        Assert.True(laser.Items.Zip(laser.Items.Skip(1)).All(p => p.First.PlannedStart <= p.Second.PlannedStart), "not in planned order");
        var info = laser.Instructions!;
        Assert.Contains(("length", "750 mm"), info.Parameters);
        Assert.DoesNotContain(info.Parameters, p => p.Value.StartsWith("mat_", StringComparison.Ordinal));
        Assert.Equal(600, info.SetupSeconds);
        Assert.Equal(["shelf-flat.svg", "shelf-flat.dxf"], info.Files.Select(f => f.FileName));
        Assert.All(info.Files, f => Assert.Equal($"catalogue/wall-shelf/1.0.0/files/{f.FileName}?length=750%20mm", f.Url));
        Assert.Equal(["laser cut"], (await queue.BuildAsync(Brake, CancellationToken.None))!.Items.Where(i => i.OrderId == order).Select(i => i.WaitsFor.Single()).Distinct());

        // Unit 2 first (out of the plan's order), then paused for unit 1: running on top, paused next, straight away.
        await PostAsync(admin, $"/api/v1/operations/{cuts[1].OperationId}/start", new { });
        Assert.Equal((cuts[1].OperationId, "running"), Head(await queue.BuildAsync(Laser, CancellationToken.None)));
        await PostAsync(admin, $"/api/v1/operations/{cuts[1].OperationId}/pause", new { reason = "Unit 1 first" });
        await PostAsync(admin, $"/api/v1/operations/{cuts[0].OperationId}/start", new { });
        laser = (await queue.BuildAsync(Laser, CancellationToken.None))!;
        Assert.Equal([(cuts[0].OperationId, "running"), (cuts[1].OperationId, "paused")], laser.Items.Take(2).Select(i => (i.OperationId, i.State)));
        Assert.NotNull(laser.Instructions!.Serial);

        // Finished: gone from the laser's queue, and unit 1's bend no longer waits (unit 2's still does).
        await PostAsync(admin, $"/api/v1/operations/{cuts[0].OperationId}/finish", new { good = 1, scrap = 0 });
        laser = (await queue.BuildAsync(Laser, CancellationToken.None))!;
        Assert.DoesNotContain(laser.Items, i => i.OperationId == cuts[0].OperationId);
        Assert.Equal((cuts[1].OperationId, "paused"), Head(laser));
        Assert.Equal("Unit 1 first", laser.Instructions!.PauseReason);
        var bends = (await queue.BuildAsync(Brake, CancellationToken.None))!.Items.Where(i => i.OrderId == order).ToDictionary(i => i.Unit);
        Assert.Empty(bends[1].WaitsFor);
        Assert.Equal(["laser cut"], bends[2].WaitsFor);

        var overview = await queue.OverviewAsync(plan.GetProperty("factoryId").GetString()!, CancellationToken.None);
        var laserCard = overview.Single(m => m.Machine.Id == Laser);
        Assert.Equal((laser.Items.Count, cuts[1].OperationId), (laserCard.Queued, laserCard.Head!.OperationId));
        Assert.Equal(overview.Count, overview.Select(m => m.Machine.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("mch_no_such_machine")]
    [InlineData("")]
    public async Task BuildAsync_UnknownOrOverlongMachine_IsNull(string machineId)
    {
        await using var host = await TestHost.StartAsync();
        var queue = host.Service<MachineQueue>();
        Assert.Null(await queue.BuildAsync(machineId, CancellationToken.None));
        Assert.Null(await queue.BuildAsync(new string('m', 5000), CancellationToken.None));
    }

    private static (string, string) Head(MachineQueueView? view) => (view!.Items[0].OperationId, view.Items[0].State);

    private static async Task PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, TestHost.Json);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
