namespace Microfactory.Passport.Model;

/// <summary>An ordered list of elements of one kind; the items carry no idShort (AASd-120).</summary>
/// <param name="TypeValueListElement">The kind of every item (AASd-108), as a key type naming a submodel element kind.</param>
/// <param name="Value">The items.</param>
public sealed record SubmodelElementList(KeyType TypeValueListElement, IReadOnlyList<SubmodelElement> Value) : SubmodelElement
{
    /// <summary>Whether the order of the items carries meaning (the AAS default is true).</summary>
    public bool OrderRelevant { get; init; } = true;

    /// <summary>The semantic id every item shares, when given (AASd-107).</summary>
    public Reference? SemanticIdListElement { get; init; }

    /// <summary>The value type of every item when they are properties (AASd-109).</summary>
    public DataTypeDefXsd? ValueTypeListElement { get; init; }

    /// <inheritdoc/>
    public override string ModelType => "SubmodelElementList";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.SubmodelElementList;
}
