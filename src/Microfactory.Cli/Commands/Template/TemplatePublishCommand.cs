using System.CommandLine;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands.Template;

/// <summary>
/// <c>mf template publish FILE</c>: validates a template document against the platform's own
/// materials and publishes it into the catalogue, through the same service as the API. A version
/// that is already published is refused: published versions never change.
/// </summary>
internal static class TemplatePublishCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Template YAML document." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("publish", "Publish a template version into the platform's design catalogue. Exit code 2 when it is refused (problems or an existing version).")
        {
            file, connection,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var source = await TemplateSource.ReadAsync(context, path, allowId: false, cancellationToken);
            if (source is null)
            {
                return CliApp.Failure;
            }
            try
            {
                await using var services = ServerConnection.CreateServices(parse.GetValue(connection));
                await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
                var result = await services.GetRequiredService<TemplateService>().PublishAsync(Caller.System, source.Value.Yaml, cancellationToken);
                if (result.Outcome == ServiceOutcome.Ok)
                {
                    var published = result.Value!;
                    await context.Output.WriteLineAsync($"published {published.Id} {published.Version} ({published.Metadata.Title}) to {services.GetRequiredService<Database>().Description}");
                    return 0;
                }
                foreach (var error in result.Errors)
                {
                    await context.Error.WriteLineAsync($"{source.Value.Name}: {error.Message}");
                }
                return TemplateSource.Refused;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException)
            {
                await context.Error.WriteLineAsync($"mf template publish: cannot reach the catalogue: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
        });
        return command;
    }
}
