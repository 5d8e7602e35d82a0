using System.CommandLine;
using System.Globalization;
using Microfactory.Design.Evaluation;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Template;

/// <summary>
/// <c>mf template render FILE_OR_ID --set name=value … --out DIR</c>: evaluates a template and
/// writes design.json plus the geometry files. Rule violations print their messages and exit with 2.
/// </summary>
internal static class TemplateRenderCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("file-or-id") { Description = "Template YAML file, or the id of a shipped template (see 'mf template list --shipped')." };
        var set = new Option<string[]>("--set")
        {
            Description = "A parameter value as name=value, e.g. --set width=120mm --set powder_coat=false. Repeat for more.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "Directory for design.json and the geometry files (created if missing).", DefaultValueFactory = _ => "out" };
        var command = new Command("render", "Evaluate a template with parameter values; write design.json and its SVG, DXF and STL files.");
        command.Arguments.Add(source);
        command.Options.Add(set);
        command.Options.Add(output);
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var assignment in parse.GetValue(set) ?? [])
            {
                var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    await context.Error.WriteLineAsync($"error: --set '{assignment}' must be name=value");
                    return CliApp.Failure;
                }
                values[assignment[..equals].Trim()] = assignment[(equals + 1)..];
            }
            var read = await TemplateSource.ReadAsync(context, parse.GetValue(source)!, allowId: true, cancellationToken);
            if (read is null)
            {
                return CliApp.Failure;
            }
            var materials = DemoMaterialCatalog.Create();
            var template = await TemplateSource.ParseAsync(context, read.Value.Yaml, read.Value.Name, materials);
            if (template is null)
            {
                return TemplateSource.Refused;
            }
            var result = TemplateEvaluator.Evaluate(template, values, materials, cancellationToken: cancellationToken);
            if (result.Design is not { } design)
            {
                foreach (var problem in result.Problems)
                {
                    // The message names what to change in words; the bracket names it for scripts.
                    var where = problem.RuleId is not null ? $"rule {problem.RuleId}" : problem.Parameters.Count > 0 ? string.Join(", ", problem.Parameters) : problem.Source;
                    await context.Error.WriteLineAsync($"{problem.Message} [{where}]");
                }
                return TemplateSource.Refused;
            }
            var directory = parse.GetValue(output)!;
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, "design.json"), DesignJson.Serialize(design), cancellationToken);
            foreach (var file in design.Files)
            {
                await File.WriteAllBytesAsync(Path.Combine(directory, file.FileName), file.Content.ToArray(), cancellationToken);
            }
            Summarise(context, design, directory);
            return 0;
        });
        return command;
    }

    private static void Summarise(CliContext context, Design.Evaluation.Design design, string directory)
    {
        var c = CultureInfo.InvariantCulture;
        var bom = new Table().AddColumns("material", "quantity", $"cost {design.Currency}".Trim(), "kg CO2e");
        foreach (var line in design.Bom)
        {
            bom.AddRow(Markup.Escape(line.MaterialId), Markup.Escape(DisplayText.Quantity(line.Quantity, line.Unit)), line.LineCost.ToString("#,##0.00", c), line.KgCo2e.ToString("0.###", c));
        }
        context.Console.Write(bom);
        var routing = new Table().AddColumns("operation", "capability", "setup s", "run s", "after");
        foreach (var step in design.Routing)
        {
            routing.AddRow(Markup.Escape(step.Id), Markup.Escape(step.CapabilityId), step.SetupSeconds.ToString("0", c), step.RunSeconds.ToString("0", c), Markup.Escape(string.Join(", ", step.Predecessors)));
        }
        context.Console.Write(routing);
        context.Output.WriteLine(string.Create(c, $"{design.TemplateId} {design.TemplateVersion}: mass {design.MassKg:0.###} kg, materials {design.MaterialCost:#,##0.00} {design.Currency}, {design.MaterialKgCo2e:0.###} kg CO2e"));
        context.Output.WriteLine($"wrote {Path.Combine(directory, "design.json")}");
        foreach (var file in design.Files)
        {
            context.Output.WriteLine($"wrote {Path.Combine(directory, file.FileName)} ({file.SizeBytes} bytes)");
        }
    }
}
