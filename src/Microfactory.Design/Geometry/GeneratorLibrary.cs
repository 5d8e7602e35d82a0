using System.Collections.Frozen;

namespace Microfactory.Design.Geometry;

/// <summary>The built-in geometry generators templates can name under <c>generator:</c>.</summary>
public static class GeneratorLibrary
{
    private static readonly FrozenDictionary<string, Generator> Generators = new Generator[]
    {
        new SheetMetalTrayGenerator(),
        new FingerJointBoxGenerator(),
        new PhoneStandGenerator(),
    }.ToFrozenDictionary(g => g.Info.Name, StringComparer.Ordinal);

    /// <summary>Every generator, ordered by name.</summary>
    public static IReadOnlyList<GeneratorInfo> All { get; } = [.. Generators.Values.Select(g => g.Info).OrderBy(i => i.Name, StringComparer.Ordinal)];

    /// <summary>The generator with this name, or null.</summary>
    public static GeneratorInfo? Find(string name) => Generators.GetValueOrDefault(name)?.Info;

    internal static Generator? Get(string name) => Generators.GetValueOrDefault(name);
}
