namespace Microfactory.Copilot.Drafting;

/// <summary>What a draft is.</summary>
public enum DraftKind
{
    /// <summary>A standard operating procedure drafted from a routing, its machines and their manuals.</summary>
    Sop,

    /// <summary>Maintenance guidance for an alarm from its machine's history and manual.</summary>
    MaintenanceGuidance,

    /// <summary>A root-cause hint from scrap and downtime records.</summary>
    RootCauseHint,
}
