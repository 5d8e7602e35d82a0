using Microfactory.Design.Evaluation;
using Microfactory.Design.Expressions;
using Microfactory.Design.Materials;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

internal sealed partial class TemplateBuilder
{
    private List<CompiledDerived> ReadDerived(YamlMap root, int firstSlot)
    {
        var result = new List<CompiledDerived>();
        var map = yaml.Mapping(root, "derived", "", required: false);
        if (map is null)
        {
            return result;
        }
        if (map.Count > MaxEntries)
        {
            yaml.Add($"at most {MaxEntries} derived values are allowed", map, "derived");
            return result;
        }
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            var name = keyNode.Value;
            var path = "derived." + name;
            YamlText? exprNode;
            string? unitText = null;
            YamlItem? unitNode = null;
            if (valueNode is YamlMap entry)
            {
                // Long form: { expr: …, unit: … } when the value should be shown in a particular unit.
                yaml.CheckKeys(entry, path, "expr", "unit");
                (_, exprNode) = yaml.Scalar(entry, "expr", path, required: true);
                (unitText, var unitScalar) = yaml.Scalar(entry, "unit", path, required: false);
                unitNode = unitScalar;
            }
            else
            {
                exprNode = valueNode as YamlText;
                if (exprNode is null)
                {
                    yaml.Add("a derived value is an expression, or a mapping with 'expr' and 'unit'", valueNode, path);
                }
            }
            if (exprNode is null)
            {
                continue;
            }
            var compiled = Expression(exprNode.Value, exprNode, path);
            if (compiled is null)
            {
                _failed.Add(name);
                continue;
            }
            var (node, type, parameters) = compiled.Value;
            var display = UnitTable.DefaultDisplay(type.Dimension);
            if (unitText is not null)
            {
                var unit = UnitTable.Parse(unitText);
                if (unit is null || type.Kind != ValueKind.Number || unit.Dimension != type.Dimension)
                {
                    yaml.Add($"unit '{unitText}' does not fit {type.Describe()}", unitNode, path + ".unit");
                    _failed.Add(name);
                    continue;
                }
                display = unit;
            }
            var slot = firstSlot + result.Count;
            if (Declare(name, keyNode, path, slot, type, parameters))
            {
                Locate(path, exprNode, path);
                result.Add(new CompiledDerived(new DerivedValue(name, exprNode.Value, type.Kind == ValueKind.Number ? display.Symbol : ""), slot, node, type, display, parameters));
            }
        }
        return result;
    }

    private List<CompiledRule> ReadRules(YamlMap root)
    {
        var result = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (map, path) in Entries(root, "rules"))
        {
            yaml.CheckKeys(map, path, "id", "require", "message");
            var (id, idNode) = yaml.Scalar(map, "id", path, required: true);
            var (message, messageNode) = yaml.Scalar(map, "message", path, required: true);
            var (require, requireNode) = yaml.Scalar(map, "require", path, required: true);
            CheckLocalId(id, idNode, path, ids, "rule");
            if (message is not null && message.Trim().Length == 0)
            {
                yaml.Add("'message' must say what the customer should change", messageNode, path + ".message");
            }
            if (id is null || message is null || require is null)
            {
                continue;
            }
            var compiled = Expression(require, requireNode!, path + ".require", StaticType.Boolean, "a rule");
            if (compiled is not null)
            {
                Locate("rules." + id, requireNode!, path + ".require");
                result.Add(new CompiledRule(new TemplateRule(id, require, message.Trim(), compiled.Value.Parameters), compiled.Value.Node));
            }
        }
        return result;
    }

    private List<CompiledBom> ReadBom(YamlMap root)
    {
        var result = new List<CompiledBom>();
        foreach (var (map, path) in Entries(root, "bom"))
        {
            yaml.CheckKeys(map, path, "material", "quantity", "when", "note");
            var (material, materialNode) = yaml.Scalar(map, "material", path, required: true);
            var (quantity, quantityNode) = yaml.Scalar(map, "quantity", path, required: true);
            var (note, _) = yaml.Scalar(map, "note", path, required: false);
            var condition = Condition(map, path);
            if (material is null || quantity is null)
            {
                continue;
            }
            var (materialExpr, ids) = MaterialReference(material.Trim(), materialNode!, path + ".material");
            if (materialExpr is null)
            {
                continue;
            }
            var units = ids.Select(i => materials.Find(i)!.Unit).Distinct().ToList();
            if (units.Count > 1)
            {
                yaml.Add($"the materials {string.Join(", ", ids)} are sold in different units ({string.Join(", ", units.Select(u => DisplayText.Unit(u.Symbol())))}); one BOM line needs one unit", materialNode, path + ".material");
                continue;
            }
            var unit = units[0];
            var compiled = Expression(quantity, quantityNode!, path + ".quantity", StaticType.Number(unit.ToUnit().Dimension),
                $"the quantity of a material sold per {DisplayText.Unit(unit.Symbol())}");
            if (compiled is not null && condition.Ok)
            {
                var parameters = compiled.Value.Parameters.Union(condition.Parameters).Union(materialExpr.Value.Parameters).Distinct().Order(StringComparer.Ordinal).ToList();
                Locate($"bom[{result.Count}]", quantityNode!, path + ".quantity");
                result.Add(new CompiledBom(new BomEntry(material.Trim(), quantity, condition.Text, (note ?? "").Trim()), materialExpr.Value.Node, compiled.Value.Node, condition.Node, parameters));
            }
        }
        return result;
    }

    /// <summary>A BOM material: a name in scope whose possible values are material ids, or a literal material id.</summary>
    private ((Compiled Node, IReadOnlyList<string> Parameters)?, IReadOnlyList<string>) MaterialReference(string text, YamlText node, string path)
    {
        if (_scope.TryGetValue(text, out var entry))
        {
            if (entry.Type.Kind != ValueKind.Text || entry.Type.TextValues is not { Count: > 0 } values)
            {
                yaml.Add($"'{text}' must be a choice parameter (or a derived text) whose values are material ids", node, path);
                return (null, []);
            }
            var unknown = values.Where(v => materials.Find(v) is null).ToList();
            if (unknown.Count > 0)
            {
                yaml.Add($"'{text}' can be {string.Join(", ", unknown)}, which the material catalogue does not know", node, path);
                return (null, []);
            }
            return ((new SlotNode(entry.Slot), _dependsOn[text]), values);
        }
        if (materials.Find(text) is null)
        {
            yaml.Add($"unknown material '{text}': give a material id from the catalogue or the name of a choice parameter", node, path);
            return (null, []);
        }
        return ((new ConstantNode(Value.Of(text)), []), [text]);
    }

    private (bool Ok, Compiled? Node, string Text, IReadOnlyList<string> Parameters) Condition(YamlMap map, string path)
    {
        var (text, node) = yaml.Scalar(map, "when", path, required: false);
        if (text is null)
        {
            return (yaml.Get(map, "when") is null, null, "", []);
        }
        var compiled = Expression(text, node!, path + ".when", StaticType.Boolean, "'when'");
        return compiled is null ? (false, null, text, []) : (true, compiled.Value.Node, text, compiled.Value.Parameters);
    }

    private void CheckLocalId(string? id, YamlItem? node, string path, HashSet<string> seen, string what)
    {
        if (id is null)
        {
            return;
        }
        if (!LocalIdPattern().IsMatch(id))
        {
            yaml.Add($"{what} id '{id}' must be lowercase letters, digits, '_' and '-', starting with a letter", node, path + ".id");
        }
        else if (!seen.Add(id))
        {
            yaml.Add($"{what} id '{id}' is used twice", node, path + ".id");
        }
    }
}
