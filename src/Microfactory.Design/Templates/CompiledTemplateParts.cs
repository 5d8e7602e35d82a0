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
    Compiled? Mass)
{
    public int SlotCount => Parameters.Count + Derived.Count;
}
