namespace Microfactory.Server.Api;

/// <summary>
/// Names the properties of an input record that a request must carry, with a value that is not null,
/// for the service to accept it; the OpenAPI document lists them as required and not nullable, and
/// every other property as optional. The record's properties stay nullable in C# so that a missing
/// field reaches the service and is reported by name (see <c>FieldErrors</c>), not defaulted.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RequiredFieldsAttribute(params string[] properties) : Attribute
{
    /// <summary>C# property names (use <c>nameof</c>).</summary>
    public IReadOnlyList<string> Properties { get; } = properties;
}
