namespace Microfactory.Server.Api;

/// <summary>
/// Endpoint metadata that the OpenAPI document turns into a parameter description. A free-form
/// parameter stands for query parameters read by name from the query string (an object whose
/// properties are the names, sent form-exploded: <c>?width=120%20mm&amp;material=mat_pla</c>).
/// </summary>
internal sealed record ParameterDescription(string Name, string Description, bool FreeForm);
