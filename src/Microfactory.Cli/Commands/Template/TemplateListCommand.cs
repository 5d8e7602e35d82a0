using System.CommandLine;
using Microfactory.Design.Catalogue;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Template;

/// <summary><c>mf template list</c>: the templates shipped with the platform.</summary>
internal static class TemplateListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "List the shipped templates that 'render' accepts by id.");
        command.SetAction((ParseResult _, CancellationToken _) =>
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
            return Task.FromResult(0);
        });
        return command;
    }
}
