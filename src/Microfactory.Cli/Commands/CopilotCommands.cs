using System.CommandLine;
using Microfactory.Cli.Commands.Copilot;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf copilot …</c>: the plant copilot beyond single questions (those are <c>mf ask</c>).</summary>
internal static class CopilotCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("copilot", "The plant copilot: evaluate its answers over this database's plant.");
        command.Subcommands.Add(CopilotEvaluateCommand.Create(context));
        return command;
    }
}
