using Microfactory.Cli.Commands;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Copilot;

/// <summary><c>mf ask</c> on a demo database: the answer with its citations, a user's own view with --as, refusals.</summary>
public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_StateOfTheFiberLaser_PrintsTheAnswerAndTheMachineCitation()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, output, error) = await CliRun.RunAsync("ask", "what is the state of the fiber laser", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains("Fiber laser 1 is off", output, StringComparison.Ordinal);
        Assert.Contains("- machine mch_fiber_laser_1 — Fiber laser 1 (/shopfloor/machines/mch_fiber_laser_1)", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("(/shopfloor/machines/mch_fiber_laser_1)", StringComparison.Ordinal)); // the source once, not twice
    }

    [Fact]
    public async Task Ask_AsACustomerAboutAnotherCustomersOrder_PrintsNoneOfIt()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var owner = await DemoOrders.CustomerAsync(database, "Orchid");
        var other = await DemoOrders.CustomerAsync(database, "Nosy");
        var order = await DemoOrders.PlaceAsync(database, owner, OrderStatus.Submitted, DemoOrders.Shelf(1));
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var services = ServerConnection.CreateServices(database))
        {
            var created = await services.GetRequiredService<UserService>().CreateAsync(new UserInput(email, "Nosy buyer", "customer", "a password for the cli", other), default);
            Assert.True(created.Outcome == ServiceOutcome.Ok, string.Join("; ", created.Errors.Select(e => e.Message)));
        }

        var (asSystem, systemOutput, _) = await CliRun.RunAsync("ask", $"what is the status of order {order.Id}", "-c", database);
        var (asCustomer, customerOutput, error) = await CliRun.RunAsync("ask", $"what is the status of order {order.Id}", "--as", email, "-c", database);

        Assert.Equal(0, asSystem);
        Assert.Contains($"- order {order.Id}", systemOutput, StringComparison.Ordinal);
        Assert.True(asCustomer == 0, error);
        Assert.Contains("that you can see", customerOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("- order ", customerOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Orchid", customerOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnknownUserOrOverlongQuestion_FailsWithExitCode1NamingTheRule()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (unknown, _, unknownError) = await CliRun.RunAsync("ask", "state of the laser", "--as", "nobody@example.com", "-c", database);
        var (overlong, output, overlongError) = await CliRun.RunAsync("ask", new string('a', 2001), "-c", database);

        Assert.Equal(CliApp.Failure, unknown);
        Assert.Contains("--as: no user with e-mail 'nobody@example.com'", unknownError, StringComparison.Ordinal);
        Assert.Equal(CliApp.Failure, overlong);
        Assert.Empty(output);
        Assert.Contains("message must be 1 to 2000 characters", overlongError, StringComparison.Ordinal);
    }
}
