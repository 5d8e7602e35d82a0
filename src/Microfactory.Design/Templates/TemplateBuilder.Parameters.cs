using Microfactory.Design.Expressions;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

internal sealed partial class TemplateBuilder
{
    private static readonly string[] ParameterKeys = ["type", "label", "unit", "min", "max", "step", "default", "help", "options"];

    private List<CompiledParameter> ReadParameters(YamlMap root)
    {
        var result = new List<CompiledParameter>();
        var map = yaml.Mapping(root, "parameters", "", required: true);
        if (map is null)
        {
            return result;
        }
        if (map.Count > MaxEntries)
        {
            yaml.Add($"at most {MaxEntries} parameters are allowed", map, "parameters");
            return result;
        }
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            var name = keyNode.Value;
            var path = "parameters." + name;
            if (valueNode is not YamlMap entry)
            {
                yaml.Add("a parameter is a mapping with at least 'type' and 'default'", valueNode, path);
                continue;
            }
            var parameter = ReadParameter(name, entry, path, result.Count);
            if (parameter is null)
            {
                _failed.Add(name);
            }
            else if (Declare(name, keyNode, path, parameter.Slot, TypeOf(parameter), [name]))
            {
                result.Add(parameter);
            }
        }
        return result;
    }

    private CompiledParameter? ReadParameter(string name, YamlMap entry, string path, int slot)
    {
        yaml.CheckKeys(entry, path, ParameterKeys);
        var (typeText, typeNode) = yaml.Scalar(entry, "type", path, required: true);
        if (typeText is null)
        {
            return null;
        }
        ParameterType? type = typeText switch
        {
            "length" => ParameterType.Length,
            "number" => ParameterType.Number,
            "integer" => ParameterType.Integer,
            "boolean" => ParameterType.Boolean,
            "choice" => ParameterType.Choice,
            "text" => ParameterType.Text,
            _ => null,
        };
        if (type is null)
        {
            yaml.Add($"unknown parameter type '{typeText}'; use length, number, integer, boolean, choice or text", typeNode, path + ".type");
            return null;
        }
        var (unitText, unitNode) = yaml.Scalar(entry, "unit", path, required: false);
        var unit = ResolveUnit(type.Value, unitText, unitNode, path);
        if (unit is null)
        {
            return null;
        }
        var numeric = type is ParameterType.Length or ParameterType.Number or ParameterType.Integer;
        foreach (var key in new[] { "min", "max", "step" })
        {
            if (!numeric && yaml.Get(entry, key) is { } extra)
            {
                yaml.Add($"'{key}' applies only to length, number and integer parameters", extra, path + "." + key);
            }
        }
        var min = numeric ? Bound(entry, "min", path, unit) : null;
        var max = numeric ? Bound(entry, "max", path, unit) : null;
        var step = numeric ? Bound(entry, "step", path, unit) : null;
        if (min is not null && max is not null && min > max)
        {
            yaml.Add("'min' is larger than 'max'", yaml.Get(entry, "min"), path + ".min");
        }
        if (step is <= 0)
        {
            yaml.Add("'step' must be positive", yaml.Get(entry, "step"), path + ".step");
            step = null;
        }
        var options = yaml.Texts(entry, "options", path);
        if (type == ParameterType.Choice && options.Count == 0)
        {
            yaml.Add("a choice parameter needs a non-empty 'options' list", entry, path + ".options");
        }
        else if (type != ParameterType.Choice && options.Count > 0)
        {
            yaml.Add("'options' applies only to choice parameters", yaml.Get(entry, "options"), path + ".options");
        }
        else if (options.Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            yaml.Add("'options' lists a value twice", yaml.Get(entry, "options"), path + ".options");
        }
        var (label, _) = yaml.Scalar(entry, "label", path, required: false);
        var (help, _) = yaml.Scalar(entry, "help", path, required: false);
        var (defaultText, defaultNode) = yaml.Scalar(entry, "default", path, required: true);
        var definition = new TemplateParameter(
            name,
            type.Value,
            string.IsNullOrWhiteSpace(label) ? name : label.Trim(),
            unit.Symbol,
            min is null ? null : unit.FromSi(min.Value),
            max is null ? null : unit.FromSi(max.Value),
            step is null ? null : unit.FromSi(step.Value),
            defaultText ?? "",
            (help ?? "").Trim(),
            options);
        var compiled = new CompiledParameter(definition, slot, unit, min, max, step);
        if (defaultText is not null && ParameterInput.Parse(compiled, defaultText) is { Problem: { } problem })
        {
            yaml.Add("the default is not allowed: " + problem, defaultNode, path + ".default");
        }
        return defaultText is null ? null : compiled;
    }

    private Unit? ResolveUnit(ParameterType type, string? unitText, YamlItem? unitNode, string path)
    {
        switch (type)
        {
            case ParameterType.Length:
                var length = UnitTable.Parse(unitText ?? "mm");
                if (length is null || length.Dimension != Dimension.LengthDim)
                {
                    yaml.Add($"'{unitText}' is not a length unit; use mm, cm or m", unitNode, path + ".unit");
                    return null;
                }
                return length;
            case ParameterType.Number:
                if (string.IsNullOrEmpty(unitText))
                {
                    return new Unit("", Dimension.None, 1);
                }
                var unit = UnitTable.Parse(unitText);
                if (unit is null)
                {
                    yaml.Add($"unknown unit '{unitText}'; known units: {string.Join(", ", UnitTable.Symbols)}", unitNode, path + ".unit");
                }
                return unit;
            default:
                if (!string.IsNullOrEmpty(unitText))
                {
                    yaml.Add($"'unit' applies only to length and number parameters", unitNode, path + ".unit");
                }
                return new Unit("", Dimension.None, 1);
        }
    }

    private double? Bound(YamlMap entry, string key, string path, Unit unit)
    {
        var (text, node) = yaml.Scalar(entry, key, path, required: false);
        if (text is null)
        {
            return null;
        }
        if (!QuantityText.TryParse(text, unit, out var si, out var error))
        {
            yaml.Add($"'{key}': {error}", node, path + "." + key);
            return null;
        }
        return si;
    }

    private static StaticType TypeOf(CompiledParameter parameter) => parameter.Definition.Type switch
    {
        ParameterType.Boolean => StaticType.Boolean,
        ParameterType.Choice => StaticType.Text(parameter.Definition.Options),
        ParameterType.Text => StaticType.FreeText,
        _ => StaticType.Number(parameter.Unit.Dimension),
    };
}
