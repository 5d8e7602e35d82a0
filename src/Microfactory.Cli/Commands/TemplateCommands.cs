using System.CommandLine;
using Microfactory.Cli.Commands.Template;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf template …</c>: validate a template document, render a design from a template, publish to and list the catalogue.</summary>
internal static class TemplateCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("template", "Parametric product templates: validate a YAML document, publish it to the catalogue, render a design and its geometry files.");
        command.Subcommands.Add(TemplateValidateCommand.Create(context));
        command.Subcommands.Add(TemplateRenderCommand.Create(context));
        command.Subcommands.Add(TemplatePublishCommand.Create(context));
        command.Subcommands.Add(TemplateListCommand.Create(context));
        return command;
    }
}
