using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Evaluation;

/// <summary>Resolves the bill of materials and the routing of a design, refusing results beyond <see cref="DesignLimits"/>.</summary>
internal static class DesignParts
{
    public static List<BomLine> Bom(CompiledTemplateParts parts, EvaluationContext context, List<DesignProblem> problems, out string currency)
    {
        var lines = new List<BomLine>();
        var currencies = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Bom.Count; i++)
        {
            var entry = parts.Bom[i];
            var source = $"bom[{i}]";
            if (entry.Condition is not null && !entry.Condition.Evaluate(context).IsTrue)
            {
                continue;
            }
            var id = entry.Material.Evaluate(context).Text ?? "";
            var material = context.Materials.Find(id);
            if (material is null)
            {
                problems.Add(new DesignProblem(entry.Parameters, $"material '{id}' is not in the material catalogue", null, source));
                continue;
            }
            var unit = material.Unit.Symbol();
            var quantity = material.Unit.ToUnit().FromSi(entry.Quantity.Evaluate(context).Number);
            var refusal = quantity switch
            {
                double.NaN => $"the quantity of {material.Name} cannot be computed for these values (a division by zero or the square root of a negative number)",
                _ when double.IsInfinity(quantity) => $"the quantity of {material.Name} is too large to compute for these values (it overflows)",
                < 0 => $"the quantity of {material.Name} comes out as {DisplayText.Quantity(quantity, unit)}; it cannot be negative",
                > DesignLimits.MaxQuantity => $"the quantity of {material.Name} comes out as {DisplayText.Quantity(quantity, unit)}; one BOM line holds at most {DisplayText.Quantity(DesignLimits.MaxQuantity, unit)}",
                _ when quantity * (double)material.PricePerUnit > DesignLimits.MaxLineCost =>
                    $"{DisplayText.Quantity(quantity, unit)} of {material.Name} would cost more than {Format.Display(DesignLimits.MaxLineCost)} {material.Currency}",
                _ => null,
            };
            if (refusal is not null)
            {
                problems.Add(new DesignProblem(entry.Parameters, refusal, null, source));
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
            var co2 = quantity * material.KgCo2ePerUnit;
            if (!double.IsFinite(co2) || (mass is { } m && !double.IsFinite(m)))
            {
                problems.Add(new DesignProblem(entry.Parameters, $"the emissions or the mass of {DisplayText.Quantity(quantity, unit)} of {material.Name} are too large to compute", null, source));
                continue;
            }
            currencies.Add(material.Currency);
            lines.Add(new BomLine(
                material.Id,
                material.Name,
                quantity,
                unit,
                material.PricePerUnit,
                Math.Round((decimal)quantity * material.PricePerUnit, 2, MidpointRounding.AwayFromZero),
                Math.Round(co2, 6),
                mass is null ? null : Math.Round(mass.Value, 6),
                entry.Entry.Note));
        }
        if (currencies.Count > 1)
        {
            problems.Add(new DesignProblem([.. parts.Bom.SelectMany(b => b.Parameters).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                $"the materials are priced in different currencies ({string.Join(", ", currencies)}), so they cannot be added up to one material cost", null, "bom"));
        }
        currency = currencies.Count == 0 ? "" : currencies.Min!;
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
            var refusal = Duration("set-up", setup) ?? Duration("run", run);
            if (refusal is not null)
            {
                problems.Add(new DesignProblem(operation.Parameters, $"operation '{entry.Id}': {refusal}", null, "routing." + entry.Id));
                continue;
            }
            included[entry.Id] = predecessors;
            steps.Add(new RoutingStep(entry.Id, entry.Capability, Math.Round(setup, 3), Math.Round(run, 3), predecessors, entry.Description));
        }
        return steps;
    }

    private static string? Duration(string what, double seconds) => seconds switch
    {
        double.NaN => $"the {what} time cannot be computed for these values (a division by zero or the square root of a negative number)",
        _ when double.IsInfinity(seconds) => $"the {what} time is too large to compute for these values (it overflows)",
        < 0 => $"the {what} time comes out negative ({Format.Display(seconds)} s)",
        > DesignLimits.MaxSeconds => $"the {what} time comes out as {Format.Display(seconds / 3600)} h; an operation takes at most {Format.Display(DesignLimits.MaxSeconds / 3600)} h (16 weeks)",
        _ => null,
    };
}
