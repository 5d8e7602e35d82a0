namespace Microfactory.Passport.Model;

/// <summary>An element whose value is a reference to another element or to something outside the model.</summary>
/// <param name="Value">The reference, or null when not set.</param>
public sealed record ReferenceElement(Reference? Value) : SubmodelElement
{
    /// <inheritdoc/>
    public override string ModelType => "ReferenceElement";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.ReferenceElement;
}
