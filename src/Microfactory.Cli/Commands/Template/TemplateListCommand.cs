using System.CommandLine;
using System.Globalization;
using Microfactory.Cli.Commands.Db;
using Microfactory.Design.Catalogue;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Template;

/// <summary>
/// <c>mf template list</c>: the platform's design catalogue, read through the same service as the
/// API (one row per template: latest version, title, category, publisher, number of versions);
/// <c>--shipped</c> lists the template files built into <c>mf</c> instead, which need no database.
/// </summary>
internal static class TemplateListCommand
{
    public static Command Create(CliContext context)
    {
        var shipped = new Option<bool>("--shipped") { Description = "List the template files shipped with mf (the ids 'render' accepts) instead of the catalogue; needs no database." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("list", "List the templates published in the platform's design catalogue: id, latest version, title, category, publisher, versions.")
        {
            shipped, connection,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
            parse.GetValue(shipped) ? ListShipped(context) : await ListCatalogueAsync(context, parse.GetValue(connection), cancellationToken));
        return command;
    }

    private static int ListShipped(CliContext context)
    {
        var table = new Table().AddColumns("id", "version", "title", "category");
        foreach (var result in ShippedTemplates.Parse(DemoMaterialCatalog.Create()))
        {
            if (result.Template is { } t)
            {
                table.AddRow(Markup.Escape(t.Id), t.Version.ToString(), Markup.Escape(t.Metadata.Title), Markup.Escape(t.Metadata.Category));
            }
        }
        context.Console.Write(table);
        return 0;
    }

    private static async Task<int> ListCatalogueAsync(CliContext context, string? connectionString, CancellationToken cancellationToken)
    {
        const string Hint = "Start the server once (mf serve: it migrates and publishes the shipped templates) or run 'mf db migrate'; 'mf template list --shipped' lists the templates built into mf.";
        try
        {
            await using var services = ServerConnection.CreateServices(connectionString);
            if (ServerConnection.MissingSqliteFile(services) is { } missing)
            {
                await context.Error.WriteLineAsync($"mf template list: no SQLite database at {missing}. {Hint}");
                return CliApp.Failure;
            }
            var database = services.GetRequiredService<Database>();
            var schema = await SchemaStatus.ReadAsync(database, services.GetRequiredService<Migrator>(), cancellationToken);
            if (schema.Applied.Count == 0)
            {
                await context.Error.WriteLineAsync($"mf template list: {database.Description} has no schema yet. {Hint}");
                return CliApp.Failure;
            }
            if (schema.Pending.Count > 0)
            {
                await context.Error.WriteLineAsync($"mf template list: the schema of {database.Description} is at version {schema.CurrentVersion}, this mf needs {schema.LatestVersion}: run 'mf db migrate'.");
                return CliApp.Failure;
            }
            var service = services.GetRequiredService<TemplateService>();
            var latest = await AllLatestAsync(service, cancellationToken);
            if (latest.Count == 0)
            {
                await context.Error.WriteLineAsync($"mf template list: the design catalogue in {database.Description} is empty. Publish a template with 'mf template publish FILE', or start the server, which publishes the shipped ones.");
                return 0;
            }
            var table = new Table().Title($"{latest.Count} template(s) in {Markup.Escape(database.Description)}")
                .AddColumns("id", "latest", "title", "category", "published by", "published", "versions");
            table.Columns[^1].RightAligned();
            foreach (var t in latest)
            {
                var versions = await service.VersionsAsync(t.Id, cancellationToken);
                table.AddRow(Markup.Escape(t.Id), t.Version.ToString(), Markup.Escape(t.Metadata.Title), Markup.Escape(t.Metadata.Category), Markup.Escape(t.PublisherName),
                    t.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), versions.Count.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            return 0;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException)
        {
            await context.Error.WriteLineAsync($"mf template list: cannot read the catalogue: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
            return CliApp.Failure;
        }
    }

    private static async Task<List<PublishedTemplate>> AllLatestAsync(TemplateService service, CancellationToken cancellationToken)
    {
        var all = new List<PublishedTemplate>();
        for (var page = 1; ; page++)
        {
            var items = await service.ListAsync(new PageRequest(page, PageRequest.MaxPageSize), cancellationToken);
            all.AddRange(items.Items);
            if (items.Items.Count < PageRequest.MaxPageSize || all.Count >= items.Total)
            {
                return all;
            }
        }
    }
}
