using System.Text.RegularExpressions;
using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

internal sealed partial class TemplateBuilder
{
    private static readonly StaticType Time = StaticType.Number(Dimension.TimeDim);

    private List<CompiledOperation> ReadRouting(YamlMap root)
    {
        var result = new List<CompiledOperation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (map, path) in Entries(root, "routing"))
        {
            yaml.CheckKeys(map, path, "id", "capability", "setup", "run", "after", "when", "description");
            var (id, idNode) = yaml.Scalar(map, "id", path, required: true);
            var (capability, capabilityNode) = yaml.Scalar(map, "capability", path, required: true);
            var (setup, setupNode) = yaml.Scalar(map, "setup", path, required: true);
            var (run, runNode) = yaml.Scalar(map, "run", path, required: true);
            var (description, _) = yaml.Scalar(map, "description", path, required: false);
            // Predecessors must be declared earlier: that makes the routing acyclic by construction.
            var earlier = new HashSet<string>(ids, StringComparer.Ordinal);
            CheckLocalId(id, idNode, path, ids, "operation");
            if (capability is not null && !CapabilityPattern().IsMatch(capability))
            {
                yaml.Add($"capability '{capability}' must be a capability id such as cap_laser_cut_metal", capabilityNode, path + ".capability");
            }
            else if (capability is not null && capabilities is not null && !capabilities.Contains(capability))
            {
                var closest = capabilities.Closest(capability);
                yaml.Add($"unknown capability '{capability}'" + (closest is null ? "" : $"; did you mean '{closest}'?") +
                    $" This platform's machines offer: {string.Join(", ", capabilities.Ids)}", capabilityNode, path + ".capability");
            }
            var after = yaml.Texts(map, "after", path);
            foreach (var predecessor in after.Where(p => !earlier.Contains(p)))
            {
                yaml.Add($"'after' names '{predecessor}', which is not an operation declared before this one", yaml.Get(map, "after"), path + ".after");
            }
            var condition = Condition(map, path);
            if (id is null || capability is null || setup is null || run is null)
            {
                continue;
            }
            var setupExpr = Expression(setup, setupNode!, path + ".setup", Time, "a setup time");
            var runExpr = Expression(run, runNode!, path + ".run", Time, "a run time");
            if (setupExpr is not null && runExpr is not null && condition.Ok)
            {
                var parameters = setupExpr.Value.Parameters.Union(runExpr.Value.Parameters).Union(condition.Parameters).Distinct().Order(StringComparer.Ordinal).ToList();
                Locate("routing." + id, map, path);
                result.Add(new CompiledOperation(
                    new RoutingEntry(id, capability, setup, run, after, condition.Text, (description ?? "").Trim()),
                    setupExpr.Value.Node,
                    runExpr.Value.Node,
                    condition.Node,
                    parameters));
            }
        }
        return result;
    }

    private List<CompiledGeometry> ReadGeometry(YamlMap root)
    {
        var result = new List<CompiledGeometry>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (map, path) in Entries(root, "geometry"))
        {
            yaml.CheckKeys(map, path, "file", "generator", "formats", "args");
            var (file, fileNode) = yaml.Scalar(map, "file", path, required: true);
            var (name, generatorNode) = yaml.Scalar(map, "generator", path, required: true);
            var formats = yaml.Texts(map, "formats", path);
            if (file is not null && !FilePattern().IsMatch(file))
            {
                yaml.Add($"file '{file}' must be lowercase letters, digits, '-' and '_' without an extension", fileNode, path + ".file");
            }
            if (name is null || file is null)
            {
                continue;
            }
            var generator = GeneratorLibrary.Get(name);
            if (generator is null)
            {
                yaml.Add($"unknown generator '{name}'; available: {string.Join(", ", GeneratorLibrary.All.Select(g => g.Name))}", generatorNode, path + ".generator");
                continue;
            }
            string[] allowed = generator.Info.Kind == GeneratorKind.Flat ? ["svg", "dxf"] : ["stl"];
            if (formats.Count == 0)
            {
                formats = allowed;
            }
            foreach (var format in formats)
            {
                if (!allowed.Contains(format, StringComparer.Ordinal))
                {
                    yaml.Add($"generator '{name}' writes {string.Join(" and ", allowed)}, not '{format}'", yaml.Get(map, "formats"), path + ".formats");
                }
                else if (!files.Add(file + "." + format))
                {
                    yaml.Add($"the file {file}.{format} is produced twice", fileNode, path + ".file");
                }
            }
            var arguments = ReadArguments(map, path, generator);
            if (arguments is not null)
            {
                var outputArgs = arguments.Value.Texts;
                Locate("geometry." + file, map, path);
                result.Add(new CompiledGeometry(new GeometryOutput(file, name, formats, outputArgs), generator, arguments.Value.Nodes, arguments.Value.Parameters));
            }
        }
        return result;
    }

    private (Compiled[] Nodes, IReadOnlyList<string>[] Parameters, IReadOnlyDictionary<string, string> Texts)? ReadArguments(YamlMap map, string path, Generator generator)
    {
        var args = yaml.Mapping(map, "args", path, required: true) ?? new YamlMap(map.Line, map.Column);
        var declared = generator.Info.Arguments;
        yaml.CheckKeys(args, path + ".args", [.. declared.Select(a => a.Name)]);
        var nodes = new Compiled[declared.Count];
        var parameters = new IReadOnlyList<string>[declared.Count];
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < declared.Count; i++)
        {
            var argument = declared[i];
            var argPath = path + ".args." + argument.Name;
            var (text, node) = yaml.Scalar(args, argument.Name, path + ".args", required: argument.Default is null);
            var source = text ?? argument.Default;
            if (source is null)
            {
                ok = false;
                continue;
            }
            var expected = argument.Quantity switch
            {
                "text" => StaticType.FreeText,
                "length" => StaticType.Number(Dimension.LengthDim),
                _ => StaticType.Number(Dimension.None),
            };
            var compiled = Expression(source, node ?? new YamlText(source, YamlDotNet.Core.ScalarStyle.Plain, args.Line, args.Column), argPath, expected, $"argument '{argument.Name}' ({argument.Quantity})");
            if (compiled is null)
            {
                ok = false;
                continue;
            }
            nodes[i] = compiled.Value.Node;
            parameters[i] = compiled.Value.Parameters;
            texts[argument.Name] = source;
        }
        return ok ? (nodes, parameters, texts) : null;
    }

    [GeneratedRegex("^cap_[a-z0-9_]{1,60}$")]
    private static partial Regex CapabilityPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex FilePattern();
}
