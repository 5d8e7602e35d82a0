using Microfactory.Cli.Commands;
using Microfactory.Cli.Commands.Plans;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Demo;
using Microfactory.Core.Orders;
using Spectre.Console;

namespace Microfactory.Cli.Tests.Plans;

public sealed class PlanShowCommandTests
{
    [Fact]
    public async Task Show_PlannedOrder_DrawsOneGanttRowPerMachineAndListsTheOrdersOperations()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Gus");
        var order = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(1));
        var plan = await DemoPlans.CurrentAsync(database);
        var first = plan.Operations().OrderBy(o => o.Start).First();

        var (exit, output, error) = await CliRun.RunAsync("plan", "show", "--hours", "336", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"version {plan.Version}", output, StringComparison.Ordinal);
        Assert.Contains("4 operations of 1 orders", output, StringComparison.Ordinal); // laser-cut, bend, powder-coat, inspect
        var lines = output.Split('\n');
        foreach (var machine in KwunTongDemo.Machines)
        {
            Assert.Single(lines, l => l.StartsWith(machine.Name, StringComparison.Ordinal));
        }
        // The only order is 'a'; its first operation is drawn on the row of its machine.
        var machineName = KwunTongDemo.Machines.Single(m => m.Id == first.MachineId).Name;
        Assert.Contains('a', lines.Single(l => l.StartsWith(machineName, StringComparison.Ordinal))[machineName.Length..]);
        Assert.DoesNotContain('a', lines.Single(l => l.StartsWith("FDM printer 1", StringComparison.Ordinal))["FDM printer 1".Length..]);
        var rows = DemoOrders.Rows(output).Where(r => r.Length == 8 && r[4] == order.Id).ToList();
        Assert.Equal(["laser-cut", "bend", "powder-coat", "inspect"], rows.Select(r => r[6]));
        Assert.All(rows, r => Assert.Equal("a", r[0]));
    }

    [Fact]
    public async Task Show_UnknownMachine_FailsNamingTheMachines()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("plan", "show", "--machine", "mch_nothing", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("no machine 'mch_nothing'", error, StringComparison.Ordinal);
        Assert.Contains("mch_fiber_laser_1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_MalformedFrom_FailsSayingTheFormat()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("plan", "show", "--from", "next tuesday", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HandBuiltPlan_PutsEachOperationInItsHourAndMarksLateWorkAndClosedTime()
    {
        var clock = new FactoryClock(KwunTongDemo.Factory);
        var midnight = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(8)); // a Monday in Hong Kong
        bool Open(DateTimeOffset t) => clock.Local(t).Hour is >= 8 and < 20;
        GanttRow[] rows = [new("m1", "M1", Open)];
        GanttBar[] bars =
        [
            new("m1", "ord_a", midnight.AddHours(8), midnight.AddHours(10), Late: false),
            new("m1", "ord_b", midnight.AddHours(10), midnight.AddHours(11), Late: true),
            new("m2", "ord_c", midnight.AddHours(1), midnight.AddHours(2), Late: false), // another machine: not on this row
        ];

        // 3 characters of label ("M1 "), 12 cells of one hour each.
        var lines = TextGantt.Render(rows, bars, midnight, midnight.AddHours(12), clock, width: 16).Select(Markup.Remove).ToList();

        // Letters go to orders by first start across all machines: ord_c (01:00 on m2) is a, ord_a b, ord_b c.
        Assert.Equal("M1 ········bbC ", lines[2]);
        Assert.StartsWith("   |Mon 07 Dec", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("   00 03 06 09", lines[1], StringComparison.Ordinal);
        Assert.Contains("one column = 60 min", lines[3], StringComparison.Ordinal);
    }
}
