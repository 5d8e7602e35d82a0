namespace Microfactory.Copilot.Tools.Data;

/// <summary>What a machine-history record is.</summary>
public enum MaintenanceEventKind
{
    /// <summary>A downtime window (planned maintenance or a breakdown).</summary>
    Downtime,

    /// <summary>A repair or maintenance task done.</summary>
    Repair,

    /// <summary>Parts reported as scrap at an operation.</summary>
    Scrap,
}
