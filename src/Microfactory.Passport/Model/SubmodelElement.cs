namespace Microfactory.Passport.Model;

/// <summary>An element of a submodel: a <see cref="Property"/>, <see cref="MultiLanguageProperty"/>, <see cref="FileElement"/>,
/// <see cref="ReferenceElement"/>, <see cref="SubmodelElementCollection"/> or <see cref="SubmodelElementList"/>.</summary>
public abstract record SubmodelElement
{
    /// <summary>The kinds are closed: only the records of this library derive from it, so writer and validator know them all.</summary>
    private protected SubmodelElement()
    {
    }

    /// <summary>The short name, unique among siblings; required except for items of a <see cref="SubmodelElementList"/>, where it must be absent.</summary>
    public string? IdShort { get; init; }

    /// <summary>Names to show, one per language.</summary>
    public IReadOnlyList<LangString> DisplayName { get; init; } = [];

    /// <summary>Descriptions, one per language.</summary>
    public IReadOnlyList<LangString> Description { get; init; } = [];

    /// <summary>What the element means (for example an ECLASS IRDI or an IDTA IRI).</summary>
    public Reference? SemanticId { get; init; }

    /// <summary>The AAS <c>modelType</c> name.</summary>
    public abstract string ModelType { get; }

    /// <summary>The key type that names this kind of element in a model reference.</summary>
    public abstract KeyType KeyType { get; }
}
