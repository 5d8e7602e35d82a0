using System.CommandLine;
using Microfactory.Cli.Commands.Plans;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf plan …</c>: the factory's live plan as the server stored it: a Gantt by machine with its operations, and its KPIs over versions.</summary>
internal static class PlanCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "The factory's live plan: show it as a Gantt by machine with its operations, or its KPIs beside the previous version and over time.");
        command.Subcommands.Add(PlanShowCommand.Create(context));
        command.Subcommands.Add(PlanKpiCommand.Create(context));
        return command;
    }
}
