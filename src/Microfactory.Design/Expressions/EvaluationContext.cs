using Microfactory.Design.Materials;

namespace Microfactory.Design.Expressions;

/// <summary>What a compiled expression reads while it runs: the slot values (parameters, then derived values) and the material catalogue.</summary>
internal sealed class EvaluationContext(Value[] slots, IMaterialCatalog materials)
{
    public Value[] Slots { get; } = slots;

    public IMaterialCatalog Materials { get; } = materials;
}
