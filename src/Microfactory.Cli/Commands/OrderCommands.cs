using System.CommandLine;
using Microfactory.Cli.Commands.Orders;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf order …</c>: list, show and cancel orders through the same service as the API.</summary>
internal static class OrderCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("order", "Customer orders: list them, show one with its promise and plan explanation, cancel one.");
        command.Subcommands.Add(OrderListCommand.Create(context));
        command.Subcommands.Add(OrderShowCommand.Create(context));
        command.Subcommands.Add(OrderCancelCommand.Create(context));
        return command;
    }
}
