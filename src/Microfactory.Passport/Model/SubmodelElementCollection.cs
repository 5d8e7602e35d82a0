namespace Microfactory.Passport.Model;

/// <summary>A named group of elements, each with an idShort unique in the group.</summary>
/// <param name="Value">The elements.</param>
public sealed record SubmodelElementCollection(IReadOnlyList<SubmodelElement> Value) : SubmodelElement
{
    /// <inheritdoc/>
    public override string ModelType => "SubmodelElementCollection";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.SubmodelElementCollection;
}
