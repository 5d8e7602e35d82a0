using System.CommandLine;
using Microfactory.Cli.Commands.Maturity;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf maturity …</c>: a factory's maturity assessments against the Microfactory Maturity Model, with the platform's evidence and a roadmap.</summary>
internal static class MaturityCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("maturity", "The Microfactory Maturity Model: show a factory's self-assessed and measured levels with a roadmap, or export an assessment as JSON or Markdown.");
        command.Subcommands.Add(MaturityShowCommand.Create(context));
        command.Subcommands.Add(MaturityExportCommand.Create(context));
        return command;
    }
}
