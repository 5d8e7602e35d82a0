namespace Microfactory.Passport.Validation;

/// <summary>One broken constraint.</summary>
/// <param name="Path">Where, as a JSON-like path into the environment, for example <c>submodels[0].submodelElements[2].value</c>.</param>
/// <param name="Rule">The rule broken: an AAS constraint id (AASd-002) or a short name (valueType, langString, …).</param>
/// <param name="Message">What is wrong, naming the value and what the rule takes.</param>
public sealed record Violation(string Path, string Rule, string Message);
