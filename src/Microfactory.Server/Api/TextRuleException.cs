using System.Text.Json;

namespace Microfactory.Server.Api;

/// <summary>
/// Thrown by the JSON text converters when a string breaks a <see cref="TextRules"/> rule. The serializer adds the
/// JSON path, and <see cref="BadRequestExceptionHandler"/> turns it into a 400 naming the field and the rule.
/// </summary>
internal sealed class TextRuleException(string rule) : JsonException(rule)
{
    /// <summary>The rule as it reads after the field's name, e.g. "must not contain control characters …".</summary>
    public string Rule { get; } = rule;
}
