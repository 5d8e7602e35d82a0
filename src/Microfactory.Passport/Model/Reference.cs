namespace Microfactory.Passport.Model;

/// <summary>A reference: an ordered list of keys, read from the first (an identifiable or a global reference) inwards.</summary>
/// <param name="Type">External or model reference.</param>
/// <param name="Keys">At least one key.</param>
/// <param name="ReferredSemanticId">The semantic id of the element referred to, when known.</param>
public sealed record Reference(ReferenceType Type, IReadOnlyList<Key> Keys, Reference? ReferredSemanticId = null)
{
    /// <summary>An external reference with one global key, as used for semantic ids (IRDI or IRI).</summary>
    public static Reference Global(string value) => new(ReferenceType.ExternalReference, [new Key(KeyType.GlobalReference, value)]);

    /// <summary>A model reference to the submodel with the given id.</summary>
    public static Reference ToSubmodel(string submodelId) => new(ReferenceType.ModelReference, [new Key(KeyType.Submodel, submodelId)]);
}
