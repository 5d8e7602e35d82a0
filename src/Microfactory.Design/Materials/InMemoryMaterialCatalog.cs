using System.Collections.Frozen;

namespace Microfactory.Design.Materials;

/// <summary>An immutable catalogue over a fixed list of materials; ids are compared ordinally.</summary>
public sealed class InMemoryMaterialCatalog : IMaterialCatalog
{
    private readonly FrozenDictionary<string, MaterialProperties> _materials;

    /// <summary>Creates the catalogue; a later duplicate id is refused with an <see cref="ArgumentException"/> (a programming error, not user input).</summary>
    public InMemoryMaterialCatalog(IEnumerable<MaterialProperties> materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        var byId = new Dictionary<string, MaterialProperties>(StringComparer.Ordinal);
        foreach (var material in materials)
        {
            if (!byId.TryAdd(material.Id, material))
            {
                throw new ArgumentException($"material id '{material.Id}' appears twice", nameof(materials));
            }
        }
        _materials = byId.ToFrozenDictionary(StringComparer.Ordinal);
        Materials = [.. byId.Values];
    }

    /// <summary>The materials in the order given.</summary>
    public IReadOnlyList<MaterialProperties> Materials { get; }

    /// <inheritdoc/>
    public MaterialProperties? Find(string id) => _materials.GetValueOrDefault(id);
}
