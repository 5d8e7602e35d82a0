namespace Microfactory.Carbon.Model;

/// <summary>PACT's distinction between data from the specific process and generic data.</summary>
public enum DataType
{
    /// <summary>Data from the specific process: a supplier's own PCF, or energy metered on the factory's machines.</summary>
    Primary,

    /// <summary>Generic data: database or literature factors, planned (not metered) energy.</summary>
    Secondary,
}
