using System.Globalization;
using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Materials;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Evaluation;

/// <summary>
/// Turns a template and parameter values into a design or a list of problems. Deterministic and
/// safe: the template's expressions were checked when it was published, every result is checked
/// for overflow and bounded (<see cref="DesignLimits"/>, <see cref="GeneratorLimits"/>), and every way
/// a customer's values can fail is reported as a <see cref="DesignProblem"/>. The only exception is
/// <see cref="OperationCanceledException"/> when the caller cancels. A <see cref="Template"/> is
/// immutable, so one instance can be evaluated from many threads at once.
/// </summary>
public static class TemplateEvaluator
{
    /// <summary>More values than any template has parameters is refused outright, so a request cannot make a huge problem list.</summary>
    private const int MaxValues = 500;

    /// <summary>
    /// Evaluates with values as typed by a person: "120 mm", "120" (in the parameter's unit),
    /// "true", an option. Parameters not given take their default.
    /// </summary>
    /// <param name="template">The template version.</param>
    /// <param name="values">Parameter values by name.</param>
    /// <param name="materials">Today's material catalogue (prices, emission factors).</param>
    /// <param name="options">What to generate; null for everything.</param>
    /// <param name="cancellationToken">Stops the evaluation, geometry included, with an <see cref="OperationCanceledException"/>.</param>
    public static DesignResult Evaluate(Template template, IReadOnlyDictionary<string, string> values, IMaterialCatalog materials, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(materials);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= EvaluationOptions.Default;
        var parts = template.Parts;
        if (values.Count > MaxValues)
        {
            return DesignResult.Refused([new DesignProblem([], $"{values.Count:N0} values were given; this template has {parts.Parameters.Count} parameters", null, "parameter")]);
        }
        var problems = new List<DesignProblem>();
        foreach (var name in values.Keys.Where(n => parts.Parameters.All(p => p.Definition.Name != n)).Order(StringComparer.Ordinal))
        {
            problems.Add(new DesignProblem([name], $"unknown parameter '{name}'; this template has: {string.Join(", ", parts.Parameters.Select(p => p.Definition.Name))}", null, "parameter"));
        }
        var slots = new Value[parts.SlotCount];
        foreach (var parameter in parts.Parameters)
        {
            var name = parameter.Definition.Name;
            var input = values.TryGetValue(name, out var given) ? given : parameter.Definition.Default;
            var (value, problem) = ParameterInput.Parse(parameter, input ?? "");
            if (problem is not null)
            {
                problems.Add(new DesignProblem([name], problem, null, "parameter"));
            }
            slots[parameter.Slot] = value;
        }
        if (problems.Count > 0)
        {
            return DesignResult.Refused(problems);
        }

        var context = new EvaluationContext(slots, materials);
        foreach (var derived in parts.Derived)
        {
            slots[derived.Slot] = derived.Expression.Evaluate(context);
        }
        foreach (var rule in parts.Rules)
        {
            if (!rule.Condition.Evaluate(context).IsTrue)
            {
                problems.Add(new DesignProblem(rule.Rule.Parameters, rule.Rule.Message, rule.Rule.Id, "rules." + rule.Rule.Id));
            }
        }
        if (problems.Count > 0)
        {
            return DesignResult.Refused(problems);
        }
        foreach (var derived in parts.Derived.Where(d => d.Type.Kind == ValueKind.Number && !double.IsFinite(slots[d.Slot].Number)))
        {
            var why = double.IsNaN(slots[derived.Slot].Number)
                ? "cannot be computed for these values (a division by zero or the square root of a negative number)"
                : "is too large to compute for these values (it overflows)";
            problems.Add(new DesignProblem(derived.Parameters, $"derived value '{derived.Definition.Name}' {why}", null, "derived." + derived.Definition.Name));
        }

        var bom = DesignParts.Bom(parts, context, problems, out var currency);
        var routing = DesignParts.Routing(parts, context, problems);
        var files = options.IncludeGeometry ? Geometry(template, context, options, problems, cancellationToken) : [];
        var mass = parts.Mass is null ? bom.Sum(l => l.MassKg ?? 0) : parts.Mass.Evaluate(context).Number;
        var massParameters = parts.Parameters.Select(p => p.Definition.Name).ToList();
        if (!double.IsFinite(mass) || mass < 0)
        {
            problems.Add(new DesignProblem(massParameters, "the product mass cannot be computed for these values", null, "mass"));
        }
        else if (mass > DesignLimits.MaxMassKg)
        {
            problems.Add(new DesignProblem(massParameters, $"the product would weigh {Format.Display(mass)} kg; a product weighs at most {Format.Display(DesignLimits.MaxMassKg)} kg", null, "mass"));
        }
        if (problems.Count > 0)
        {
            return DesignResult.Refused(problems);
        }
        var design = new Design(
            template.Id,
            template.Version.ToString(),
            [.. parts.Parameters.Select(p => Resolve(p.Definition.Name, p.Definition.Type == ParameterType.Boolean ? ValueKind.Boolean : p.Definition.Type is ParameterType.Choice or ParameterType.Text ? ValueKind.Text : ValueKind.Number, slots[p.Slot], p.Unit))],
            [.. parts.Derived.Select(d => Resolve(d.Definition.Name, d.Type.Kind, slots[d.Slot], d.DisplayUnit))],
            bom,
            routing,
            Math.Round(mass, 6),
            bom.Sum(l => l.LineCost),
            currency,
            Math.Round(bom.Sum(l => l.KgCo2e), 6),
            files,
            template.Passport);
        return new DesignResult(design, []);
    }

    /// <summary>
    /// Evaluates with typed values: <see cref="string"/> as typed, <see cref="bool"/>, or any
    /// number (<see cref="double"/>, <see cref="int"/>, <see cref="decimal"/> …) taken in the parameter's unit.
    /// </summary>
    public static DesignResult Evaluate(Template template, IReadOnlyDictionary<string, object> values, IMaterialCatalog materials, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToDictionary(
            pair => pair.Key,
            pair => pair.Value switch
            {
                bool b => b ? "true" : "false",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => pair.Value?.ToString() ?? "",
            },
            StringComparer.Ordinal);
        return Evaluate(template, texts, materials, options, cancellationToken);
    }

    private static ResolvedValue Resolve(string name, ValueKind kind, Value value, Units.Unit unit)
    {
        switch (kind)
        {
            case ValueKind.Boolean:
                return new ResolvedValue(name, null, null, null, value.IsTrue, value.IsTrue ? "true" : "false");
            case ValueKind.Text:
                return new ResolvedValue(name, null, null, value.Text, null, value.Text ?? "");
            default:
                var number = Math.Round(unit.FromSi(value.Number), 6);
                return new ResolvedValue(name, number, unit.Symbol, null, null, DisplayText.Quantity(number, unit.Symbol));
        }
    }

    private static List<GeometryFile> Geometry(Template template, EvaluationContext context, EvaluationOptions options, List<DesignProblem> problems, CancellationToken cancellationToken)
    {
        var files = new List<GeometryFile>();
        foreach (var output in template.Parts.Geometry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var formats = output.Output.Formats.Where(f => options.Formats is null || options.Formats.Contains(f)).ToList();
            if (formats.Count == 0)
            {
                continue;
            }
            var declared = output.Generator.Info.Arguments;
            var numbers = new double[output.Arguments.Length];
            var texts = new string[output.Arguments.Length];
            string? refusal = null;
            var bad = -1;
            for (var i = 0; i < numbers.Length && refusal is null; i++)
            {
                var value = output.Arguments[i].Evaluate(context);
                texts[i] = declared[i].Quantity == "text" ? value.Text ?? "" : "";
                numbers[i] = declared[i].Quantity == "text" ? 0 : value.Number;
                // Lengths come in mm; angles stay in radians.
                if (declared[i].Quantity == "length")
                {
                    numbers[i] *= 1000;
                }
                refusal = numbers[i] switch
                {
                    double.NaN => "cannot be computed for these values (a division by zero or the square root of a negative number)",
                    _ when double.IsInfinity(numbers[i]) => "is too large to compute for these values (it overflows)",
                    _ when declared[i].Quantity == "length" && Math.Abs(numbers[i]) > GeneratorLimits.MaxLengthMm =>
                        $"comes out as {Format.Mm(numbers[i])}; the generators draw parts of at most {Format.Mm(GeneratorLimits.MaxLengthMm)}",
                    _ => null,
                };
                bad = i;
            }
            if (refusal is not null)
            {
                problems.Add(new DesignProblem(output.ArgumentParameters[bad], $"geometry '{output.Output.File}': argument '{declared[bad].Name}' {refusal}", null, "geometry." + output.Output.File));
                continue;
            }
            var result = output.Generator.Run(numbers, texts, cancellationToken);
            if (result.Problem is not null)
            {
                var parameters = result.ProblemArguments
                    .SelectMany(a => output.ArgumentParameters[declared.ToList().FindIndex(n => n.Name == a)])
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                problems.Add(new DesignProblem(parameters, $"geometry '{output.Output.File}': {result.Problem}", null, "geometry." + output.Output.File));
                continue;
            }
            foreach (var format in formats)
            {
                var fileName = output.Output.File + "." + format;
                files.Add(format switch
                {
                    "svg" => new GeometryFile(fileName, SvgWriter.MediaType, SvgWriter.Write(result.Drawing!, cancellationToken)),
                    "dxf" => new GeometryFile(fileName, DxfWriter.MediaType, DxfWriter.Write(result.Drawing!, cancellationToken)),
                    _ => new GeometryFile(fileName, StlWriter.MediaType, StlWriter.Write(result.Mesh!, template.Id + " " + template.Version)),
                });
            }
        }
        return files;
    }
}
