namespace Microfactory.Passport.Model;

/// <summary>A text value given in one or more languages.</summary>
/// <param name="Value">The texts, at most one per language.</param>
public sealed record MultiLanguageProperty(IReadOnlyList<LangString> Value) : SubmodelElement
{
    /// <summary>A coded value's meaning, when the value is drawn from a value list.</summary>
    public Reference? ValueId { get; init; }

    /// <inheritdoc/>
    public override string ModelType => "MultiLanguageProperty";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.MultiLanguageProperty;
}
