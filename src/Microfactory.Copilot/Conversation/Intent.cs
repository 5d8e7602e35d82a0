namespace Microfactory.Copilot.Conversation;

/// <summary>What a question asks for.</summary>
public enum Intent
{
    /// <summary>No rule of the grammar matched.</summary>
    Unknown,

    /// <summary>Why an order is late / finishes when it does.</summary>
    OrderLateness,

    /// <summary>An order's status and dates.</summary>
    OrderStatus,

    /// <summary>Which orders are open or late.</summary>
    ListOrders,

    /// <summary>The live plan and its KPIs.</summary>
    PlanKpis,

    /// <summary>What machines are doing.</summary>
    MachineState,

    /// <summary>OEE over a period.</summary>
    Oee,

    /// <summary>Alarms.</summary>
    Alarms,

    /// <summary>Downtime and maintenance history.</summary>
    MaintenanceHistory,

    /// <summary>A product's footprint.</summary>
    Footprint,

    /// <summary>Which supplier (or line) drives a product's footprint.</summary>
    FootprintDriver,

    /// <summary>Supplier coverage by primary data.</summary>
    SupplierCoverage,

    /// <summary>A unit's passport.</summary>
    Passport,

    /// <summary>The catalogue's templates.</summary>
    Templates,

    /// <summary>The factory's materials.</summary>
    Materials,

    /// <summary>A search in manuals and SOPs.</summary>
    DocumentSearch,

    /// <summary>Draft an SOP from a template's routing.</summary>
    DraftSop,

    /// <summary>Guidance for an alarm.</summary>
    MaintenanceGuidance,

    /// <summary>A root-cause hint from scrap and downtime.</summary>
    RootCause,

    /// <summary>Propose pinning an operation.</summary>
    PinOperation,

    /// <summary>Propose recording a downtime.</summary>
    RecordDowntime,

    /// <summary>Propose changing an order's priority.</summary>
    ChangePriority,
}
