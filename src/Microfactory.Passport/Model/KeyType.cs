namespace Microfactory.Passport.Model;

/// <summary>What a <see cref="Key"/> points at (AAS KeyTypes).</summary>
public enum KeyType
{
    /// <summary>AnnotatedRelationshipElement</summary>
    AnnotatedRelationshipElement,
    /// <summary>AssetAdministrationShell (an identifiable)</summary>
    AssetAdministrationShell,
    /// <summary>BasicEventElement</summary>
    BasicEventElement,
    /// <summary>Blob</summary>
    Blob,
    /// <summary>Capability</summary>
    Capability,
    /// <summary>ConceptDescription (an identifiable)</summary>
    ConceptDescription,
    /// <summary>DataElement</summary>
    DataElement,
    /// <summary>Entity</summary>
    Entity,
    /// <summary>EventElement</summary>
    EventElement,
    /// <summary>File</summary>
    File,
    /// <summary>FragmentReference: a fragment inside a File or Blob, or of an external resource.</summary>
    FragmentReference,
    /// <summary>GlobalReference: anything outside the model, such as an IRDI or IRI.</summary>
    GlobalReference,
    /// <summary>Identifiable</summary>
    Identifiable,
    /// <summary>MultiLanguageProperty</summary>
    MultiLanguageProperty,
    /// <summary>Operation</summary>
    Operation,
    /// <summary>Property</summary>
    Property,
    /// <summary>Range</summary>
    Range,
    /// <summary>Referable</summary>
    Referable,
    /// <summary>ReferenceElement</summary>
    ReferenceElement,
    /// <summary>RelationshipElement</summary>
    RelationshipElement,
    /// <summary>Submodel (an identifiable)</summary>
    Submodel,
    /// <summary>SubmodelElement</summary>
    SubmodelElement,
    /// <summary>SubmodelElementCollection</summary>
    SubmodelElementCollection,
    /// <summary>SubmodelElementList</summary>
    SubmodelElementList,
}
