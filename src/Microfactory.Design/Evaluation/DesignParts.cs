using Microfactory.Design.Expressions;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Evaluation;

/// <summary>Resolves the bill of materials and the routing of a design.</summary>
internal static class DesignParts
{
    public static List<BomLine> Bom(CompiledTemplateParts parts, EvaluationContext context, List<DesignProblem> problems)
    {
        var lines = new List<BomLine>();
        for (var i = 0; i < parts.Bom.Count; i++)
        {
            var entry = parts.Bom[i];
            if (entry.Condition is not null && !entry.Condition.Evaluate(context).IsTrue)
            {
                continue;
            }
            var id = entry.Material.Evaluate(context).Text ?? "";
            var material = context.Materials.Find(id);
            if (material is null)
            {
                problems.Add(new DesignProblem(entry.Parameters, $"material '{id}' is not in the material catalogue", null, $"bom[{i}]"));
                continue;
            }
            var quantity = material.Unit.ToUnit().FromSi(entry.Quantity.Evaluate(context).Number);
            if (!double.IsFinite(quantity) || quantity < 0)
            {
                problems.Add(new DesignProblem(entry.Parameters, $"the quantity of {material.Name} comes out as {quantity}; it must be a number of at least 0", null, $"bom[{i}]"));
                continue;
            }
            if (quantity == 0)
            {
                continue;
            }
            quantity = Math.Round(quantity, 6);
            double? mass = material.Unit switch
            {
                MaterialUnit.Kilogram => quantity,
                MaterialUnit.SquareMetre when material.DensityKgPerM3 is { } density && material.SheetThicknessMm is { } thickness => quantity * thickness / 1000 * density,
                MaterialUnit.Piece => 0,
                _ => null,
            };
            lines.Add(new BomLine(
                material.Id,
                material.Name,
                quantity,
                material.Unit.Symbol(),
                material.PricePerUnitHkd,
                Math.Round((decimal)quantity * material.PricePerUnitHkd, 2, MidpointRounding.AwayFromZero),
                Math.Round(quantity * material.KgCo2ePerUnit, 6),
                mass is null ? null : Math.Round(mass.Value, 6),
                entry.Entry.Note));
        }
        return lines;
    }

    public static List<RoutingStep> Routing(CompiledTemplateParts parts, EvaluationContext context, List<DesignProblem> problems)
    {
        // Operations left out by their condition are bridged: their successors follow their predecessors.
        var included = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var bridged = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var steps = new List<RoutingStep>();
        foreach (var operation in parts.Routing)
        {
            var entry = operation.Entry;
            var predecessors = entry.After
                .SelectMany(p => included.ContainsKey(p) ? [p] : bridged.GetValueOrDefault(p) ?? [])
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (operation.Condition is not null && !operation.Condition.Evaluate(context).IsTrue)
            {
                bridged[entry.Id] = predecessors;
                continue;
            }
            var setup = operation.Setup.Evaluate(context).Number;
            var run = operation.Run.Evaluate(context).Number;
            if (!double.IsFinite(setup) || !double.IsFinite(run) || setup < 0 || run < 0)
            {
                problems.Add(new DesignProblem(operation.Parameters, $"operation '{entry.Id}' gets an impossible duration (setup {setup} s, run {run} s) for these values", null, "routing." + entry.Id));
                continue;
            }
            included[entry.Id] = predecessors;
            steps.Add(new RoutingStep(entry.Id, entry.Capability, Math.Round(setup, 3), Math.Round(run, 3), predecessors, entry.Description));
        }
        return steps;
    }
}
