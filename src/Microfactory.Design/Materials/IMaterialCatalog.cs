namespace Microfactory.Design.Materials;

/// <summary>
/// The materials templates can refer to. Validation checks every material id and property a
/// template uses against it; evaluation reads prices and emission factors from it.
/// </summary>
public interface IMaterialCatalog
{
    /// <summary>The material with this id, or null when the catalogue has none.</summary>
    MaterialProperties? Find(string id);
}
