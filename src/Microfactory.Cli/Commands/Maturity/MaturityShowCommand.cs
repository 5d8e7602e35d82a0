using System.CommandLine;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// <c>mf maturity show</c>: per dimension of the model, the self-assessed level of the latest assessment (or the one
/// named), the level the platform's data shows now with the figures behind it, and the gap, drawn as bars; then the
/// roadmap to the chosen target profile, the progress since the assessment before, and the history. A factory
/// without an assessment gets the measured levels, a roadmap from them, and how to make one.
/// </summary>
internal static class MaturityShowCommand
{
    private const string Name = "mf maturity show";

    public static Command Create(CliContext context)
    {
        var (factory, assessment, profile, connection) = MaturityOptions.Common();
        var command = new Command("show", "Show a factory's maturity: self-assessed and measured level per dimension with the figures behind them and the gap, then the roadmap to a target profile. Exit code 2 when an option is refused (an unknown profile).")
        {
            factory, assessment, profile, connection,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var services = ServerConnection.CreateServices(parse.GetValue(connection));
                var (snapshot, exit) = await MaturityLoader.LoadAsync(context, Name, services, parse.GetValue(factory), parse.GetValue(assessment), parse.GetValue(profile), cancellationToken);
                if (snapshot is null)
                {
                    return exit;
                }
                if (snapshot.Assessment is null)
                {
                    await context.Error.WriteLineAsync(snapshot.HowToAssess);
                }
                new MaturityTerminalView(context.Console, snapshot).Write();
                return 0;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException)
            {
                await context.Error.WriteLineAsync($"{Name}: cannot read the database: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
        });
        return command;
    }
}
