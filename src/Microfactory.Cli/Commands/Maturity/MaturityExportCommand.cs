using System.CommandLine;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// <c>mf maturity export</c>: the assessment (the latest unless one is named), its evidence and the roadmap, as JSON
/// in the API's shapes or as a Markdown report, to standard output or a file. A factory without an assessment has
/// nothing to export: the command says how to make one and exits with 1.
/// </summary>
internal static class MaturityExportCommand
{
    private const string Name = "mf maturity export";

    public static Command Create(CliContext context)
    {
        var (factory, assessment, profile, connection) = MaturityOptions.Common();
        var format = new Option<string>("--format") { Description = "json (the API's shapes: assessment, evidence, roadmap) or markdown (a report).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (replaced if it exists). Default: standard output." };
        var command = new Command("export", "Export a factory's maturity assessment with its evidence and roadmap, as JSON or Markdown. Exit code 1 when there is no assessment to export, 2 when an option is refused (an unknown profile).")
        {
            factory, assessment, format, profile, output, connection,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            MaturitySnapshot? snapshot;
            try
            {
                await using var services = ServerConnection.CreateServices(parse.GetValue(connection));
                (snapshot, var exit) = await MaturityLoader.LoadAsync(context, Name, services, parse.GetValue(factory), parse.GetValue(assessment), parse.GetValue(profile), cancellationToken);
                if (snapshot is null)
                {
                    return exit;
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException)
            {
                await context.Error.WriteLineAsync($"{Name}: cannot read the database: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
            if (snapshot.Assessment is null)
            {
                await context.Error.WriteLineAsync($"{Name}: {snapshot.HowToAssess} 'mf maturity show' shows the measured levels meanwhile.");
                return CliApp.Failure;
            }
            var markdown = parse.GetValue(format) == "markdown";
            var text = markdown ? MaturityMarkdown.Write(snapshot) : MaturityExportDocument.From(snapshot).ToJson() + "\n";
            if (parse.GetValue(output) is not { } file)
            {
                await context.Output.WriteAsync(text);
                return 0;
            }
            try
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"{Name}: cannot write --output {file.FullName}: {ex.Message}");
                return CliApp.Failure;
            }
            await context.Output.WriteLineAsync($"wrote {(markdown ? "Markdown" : "JSON")} export of assessment {snapshot.Assessment.Id} ({snapshot.Factory.Id}, profile {snapshot.Roadmap.Profile.Id}) to {file.FullName}");
            return 0;
        });
        return command;
    }
}
