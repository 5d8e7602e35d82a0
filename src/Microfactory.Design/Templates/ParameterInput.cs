using Microfactory.Design.Evaluation;
using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

/// <summary>
/// Turns what a customer typed into a parameter value, enforcing type, unit, bounds, step and
/// options. Each refusal is one sentence that starts with the parameter's label, says the rule in
/// words and, where the form was wrong, the form expected ("Length must be at most 1,200 mm.",
/// "Width must be a length such as "300 mm", or a number of mm such as 300; 'wide' is not.").
/// </summary>
internal static class ParameterInput
{
    /// <summary>Longest accepted text parameter.</summary>
    public const int MaxTextLength = 200;

    public static (Value Value, string? Problem) Parse(CompiledParameter parameter, string input)
    {
        var definition = parameter.Definition;
        var label = definition.Label;
        var text = input.Trim();
        switch (definition.Type)
        {
            case ParameterType.Boolean:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" or "on" => (Value.True, null),
                    "false" or "no" or "0" or "off" => (Value.False, null),
                    _ => (default, $"{label} must be true or false (yes/no, on/off and 1/0 work too); '{input}' is neither."),
                };
            case ParameterType.Choice:
                return definition.Options.Contains(text, StringComparer.Ordinal)
                    ? (Value.Of(text), null)
                    : (default, $"{label} must be one of the options {string.Join(", ", definition.Options)}; '{input}' is not one of them.");
            case ParameterType.Text:
                return input.Length > MaxTextLength
                    ? (default, $"{label} must be at most {MaxTextLength} characters long; this text has {input.Length:N0}.")
                    : (Value.Of(input), null);
        }
        if (!QuantityText.TryParse(text, parameter.Unit, out var si, out _))
        {
            var found = QuantityText.DimensionOf(text);
            var why = found is { } dimension && dimension != parameter.Unit.Dimension
                ? $"'{input}' is {Article(UnitTable.DimensionName(dimension) ?? dimension.ToString())}"
                : $"'{input}' is not";
            return (default, $"{label} must be {ExpectedForm(parameter)}; {why}.");
        }
        if (parameter.MinSi is { } min && si < min - Slack(min))
        {
            return (default, $"{label} must be at least {Show(parameter, min)}.");
        }
        if (parameter.MaxSi is { } max && si > max + Slack(max))
        {
            return (default, $"{label} must be at most {Show(parameter, max)}.");
        }
        var inUnit = parameter.Unit.FromSi(si);
        if (definition.Type == ParameterType.Integer && Math.Abs(inUnit - Math.Round(inUnit)) > 1e-9)
        {
            return (default, $"{label} must be a whole number; {Format.Display(inUnit)} is not.");
        }
        if (parameter.StepSi is { } step)
        {
            var origin = parameter.MinSi ?? 0;
            var steps = (si - origin) / step;
            if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            {
                var below = origin + (Math.Floor(steps) * step);
                var above = origin + (Math.Ceiling(steps) * step);
                var nearest = parameter.MaxSi is { } top && above > top + Slack(top) ? Show(parameter, below) : $"{Show(parameter, below)} or {Show(parameter, above)}";
                return (default, $"{label} must be a multiple of {Show(parameter, step)} counted from {Show(parameter, origin)}, such as {nearest}.");
            }
        }
        return (new Value(si), null);
    }

    /// <summary>A value in the parameter's unit, as the customer would write it, thousands grouped.</summary>
    public static string Show(CompiledParameter parameter, double si) => DisplayText.Quantity(parameter.Unit.FromSi(si), parameter.Unit.Symbol);

    /// <summary>How a value of this parameter is written, with an example: its default when that is a number.</summary>
    private static string ExpectedForm(CompiledParameter parameter)
    {
        var unit = parameter.Unit.Symbol;
        var example = QuantityText.TryParse(parameter.Definition.Default, parameter.Unit, out var si, out _) && double.IsFinite(si)
            ? Format.Number(parameter.Unit.FromSi(si))
            : "1";
        return parameter.Definition.Type switch
        {
            ParameterType.Integer when unit.Length == 0 => $"a whole number such as {example}",
            _ when unit.Length == 0 => $"a number such as {example}",
            ParameterType.Length => $"a length such as \"{example} {unit}\", or a number of {unit} such as {example}",
            _ => $"a number of {unit} such as \"{example} {unit}\" or {example}",
        };
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    // Bounds compare with a tiny relative slack so "0.2 m" passes a max of 200 mm despite rounding.
    private static double Slack(double bound) => Math.Max(Math.Abs(bound) * 1e-12, 1e-15);
}
