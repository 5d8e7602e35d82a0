using System.CommandLine;
using Microfactory.Cli.Commands;
using Spectre.Console;

namespace Microfactory.Cli;

/// <summary>Composes the <c>mf</c> command tree. Each command group lives in its own file under <c>Commands/</c>.</summary>
internal static class CliApp
{
    /// <summary>Exit code for a usage error or a failed command; 2 is kept for "the input was refused" (rule violations).</summary>
    public const int Failure = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var toTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var styled = TerminalStyle.Allowed(toTerminal, Environment.GetEnvironmentVariable);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = styled ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = styled ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Live progress redraws lines with cursor escapes: only where styling is allowed.
            Interactive = styled ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!toTerminal)
        {
            console.Profile.Width = 160; // files and pipes have no terminal width; keep tables on one line per row
        }
        var context = new CliContext(console, output, error);
        var root = CreateRootCommand(context);
        var parse = root.Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("mf — the Microfactory command line: run the platform, manage its database, and inspect the factory.");
        foreach (var command in CommandGroups(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    private static IEnumerable<Command> CommandGroups(CliContext context) =>
    [
        ServeCommand.Create(context),
        DbCommands.Create(context),
        FactoryCommands.Create(context),
        TemplateCommands.Create(context),
        ScheduleCommands.Create(context),
        MaturityCommands.Create(context),
        Commands.Quotes.QuoteCommand.Create(context),
        OrderCommands.Create(context),
        PlanCommands.Create(context),
        AskCommand.Create(context),
        CopilotCommands.Create(context),
    ];
}
