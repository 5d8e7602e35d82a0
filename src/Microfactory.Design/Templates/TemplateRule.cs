namespace Microfactory.Design.Templates;

/// <summary>A condition every design must meet and the message a customer reads when it does not.</summary>
/// <param name="Id">Identifier, unique within the template.</param>
/// <param name="Expression">Boolean expression that must hold.</param>
/// <param name="Message">What the customer reads when it does not hold.</param>
/// <param name="Parameters">The parameters the rule depends on, directly or through derived values.</param>
public sealed record TemplateRule(string Id, string Expression, string Message, IReadOnlyList<string> Parameters);
