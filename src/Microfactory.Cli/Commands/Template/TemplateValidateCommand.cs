using System.CommandLine;

namespace Microfactory.Cli.Commands.Template;

/// <summary><c>mf template validate FILE</c>: the checks publishing runs, with line and column for each problem.</summary>
internal static class TemplateValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Template YAML document." };
        var command = new Command("validate", "Check a template document as publishing would: structure, expressions, units, materials, generators. Exit code 2 when it is refused.");
        command.Arguments.Add(file);
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var source = await TemplateSource.ReadAsync(context, path, allowId: false, cancellationToken);
            if (source is null)
            {
                return CliApp.Failure;
            }
            var template = await TemplateSource.ParseAsync(context, source.Value.Yaml, source.Value.Name, DemoMaterialCatalog.Create());
            if (template is null)
            {
                return TemplateSource.Refused;
            }
            await context.Output.WriteLineAsync(
                $"{template.Id} {template.Version} is valid: {template.Parameters.Count} parameters, {template.Rules.Count} rules, {template.Derived.Count} derived values, " +
                $"{template.Bom.Count} BOM lines, {template.Routing.Count} operations, {template.Geometry.Count} geometry outputs");
            return 0;
        });
        return command;
    }
}
