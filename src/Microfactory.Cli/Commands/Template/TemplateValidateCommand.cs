using System.CommandLine;

namespace Microfactory.Cli.Commands.Template;

/// <summary><c>mf template validate FILE</c>: the checks publishing runs, with line and column for each problem.</summary>
internal static class TemplateValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Template YAML document." };
        var command = new Command("validate", "Check a template document as publishing would (against the demo factory's materials and capabilities): structure, expressions, units, materials, capabilities, generators, and a design from the default values. Exit code 2 when it is refused.");
        command.Arguments.Add(file);
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var source = await TemplateSource.ReadAsync(context, path, allowId: false, cancellationToken);
            if (source is null)
            {
                return CliApp.Failure;
            }
            var template = await TemplateSource.ParseAsync(context, source.Value.Yaml, source.Value.Name, DemoMaterialCatalog.Create(), DemoMaterialCatalog.Capabilities(), cancellationToken);
            if (template is null)
            {
                return TemplateSource.Refused;
            }
            await context.Output.WriteLineAsync(
                $"{template.Id} {template.Version} is valid: {Count(template.Parameters.Count, "parameter")}, {Count(template.Rules.Count, "rule")}, {Count(template.Derived.Count, "derived value")}, " +
                $"{Count(template.Bom.Count, "BOM line")}, {Count(template.Routing.Count, "operation")}, {Count(template.Geometry.Count, "geometry output")}");
            return 0;
        });
        return command;
    }

    /// <summary>"1 rule", "2 rules", "0 rules".</summary>
    internal static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
