using Microfactory.Design.Expressions;

namespace Microfactory.Design.Templates;

/// <summary>Everything the evaluator needs, compiled once at validation time.</summary>
internal sealed record CompiledTemplateParts(
    IReadOnlyList<CompiledParameter> Parameters,
    IReadOnlyList<CompiledRule> Rules,
    IReadOnlyList<CompiledDerived> Derived,
    IReadOnlyList<CompiledBom> Bom,
    IReadOnlyList<CompiledOperation> Routing,
    IReadOnlyList<CompiledGeometry> Geometry,
    Compiled? Mass,
    IReadOnlyDictionary<string, SourceLocation> Locations)
{
    // Locations: for each evaluation source ("derived.t", "bom[0]", "routing.cut", …) where the template writes it.

    public int SlotCount => Parameters.Count + Derived.Count;
}
