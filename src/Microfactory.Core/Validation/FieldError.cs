namespace Microfactory.Core.Validation;

/// <summary>One problem with one input field: <paramref name="Field"/> is the camelCase name a client sent, <paramref name="Message"/> states the rule it broke.</summary>
public sealed record FieldError(string Field, string Message);
