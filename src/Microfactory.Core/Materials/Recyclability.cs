namespace Microfactory.Core.Materials;

/// <summary>What can happen to a material at end of life, as recorded in the product passport.</summary>
public enum Recyclability
{
    /// <summary>Recycled in established streams at close to full value (steel, aluminium).</summary>
    Recyclable,
    /// <summary>Recyclable only in some streams or at lower value (PLA, powder-coated parts).</summary>
    Limited,
    /// <summary>Not recyclable in practice; energy recovery or landfill.</summary>
    NotRecyclable,
}
