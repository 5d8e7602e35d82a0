namespace Microfactory.Passport.Model;

/// <summary>A single value in the lexical form of its XML Schema type.</summary>
/// <param name="ValueType">The declared type; <see cref="Value"/> must parse as it.</param>
/// <param name="Value">The value as text (AAS JSON always carries it as a string), or null when unknown.</param>
public sealed record Property(DataTypeDefXsd ValueType, string? Value) : SubmodelElement
{
    /// <summary>A coded value's meaning, when the value is drawn from a value list.</summary>
    public Reference? ValueId { get; init; }

    /// <inheritdoc/>
    public override string ModelType => "Property";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.Property;
}
