namespace Microfactory.Carbon.Model;

/// <summary>The cradle-to-gate stages a footprint line belongs to.</summary>
public enum LineCategory
{
    /// <summary>Purchased materials and parts (cradle to supplier's gate).</summary>
    Materials,

    /// <summary>Electricity used by the factory's own operations.</summary>
    ProcessEnergy,

    /// <summary>Transport of purchased goods to the factory.</summary>
    InboundTransport,

    /// <summary>Packaging of the product.</summary>
    Packaging,
}
