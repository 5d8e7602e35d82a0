using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

/// <summary>
/// Turns what a customer typed into a parameter value, enforcing type, unit, bounds, step and
/// options. Each refusal names the rule ("at least 80 mm (min)") so the UI can show it by the field.
/// </summary>
internal static class ParameterInput
{
    /// <summary>Longest accepted text parameter.</summary>
    public const int MaxTextLength = 200;

    public static (Value Value, string? Problem) Parse(CompiledParameter parameter, string input)
    {
        var definition = parameter.Definition;
        var text = input.Trim();
        switch (definition.Type)
        {
            case ParameterType.Boolean:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" or "on" => (Value.True, null),
                    "false" or "no" or "0" or "off" => (Value.False, null),
                    _ => (default, $"'{input}' is not true or false"),
                };
            case ParameterType.Choice:
                return definition.Options.Contains(text, StringComparer.Ordinal)
                    ? (Value.Of(text), null)
                    : (default, $"'{input}' is not one of the options: {string.Join(", ", definition.Options)}");
            case ParameterType.Text:
                return input.Length > MaxTextLength
                    ? (default, $"the text is {input.Length} characters long; at most {MaxTextLength} are allowed")
                    : (Value.Of(input), null);
        }
        if (!QuantityText.TryParse(text, parameter.Unit, out var si, out var error))
        {
            return (default, error);
        }
        if (parameter.MinSi is { } min && si < min - Slack(min))
        {
            return (default, $"must be at least {Show(parameter, min)} (min)");
        }
        if (parameter.MaxSi is { } max && si > max + Slack(max))
        {
            return (default, $"must be at most {Show(parameter, max)} (max)");
        }
        var inUnit = parameter.Unit.FromSi(si);
        if (definition.Type == ParameterType.Integer && Math.Abs(inUnit - Math.Round(inUnit)) > 1e-9)
        {
            return (default, $"'{input}' is not a whole number (integer)");
        }
        if (parameter.StepSi is { } step)
        {
            var origin = parameter.MinSi ?? 0;
            var steps = (si - origin) / step;
            if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            {
                return (default, $"must be a multiple of {Show(parameter, step)} from {Show(parameter, origin)} (step)");
            }
        }
        return (new Value(si), null);
    }

    /// <summary>A value in the parameter's unit, as the customer would write it.</summary>
    public static string Show(CompiledParameter parameter, double si)
    {
        var number = Format.Number(parameter.Unit.FromSi(si));
        return parameter.Unit.Symbol.Length == 0 ? number : number + " " + parameter.Unit.Symbol;
    }

    // Bounds compare with a tiny relative slack so "0.2 m" passes a max of 200 mm despite rounding.
    private static double Slack(double bound) => Math.Max(Math.Abs(bound) * 1e-12, 1e-15);
}
