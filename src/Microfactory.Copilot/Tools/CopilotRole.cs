namespace Microfactory.Copilot.Tools;

/// <summary>The platform's roles, as the copilot sees them (the host maps its own role names onto these).</summary>
public enum CopilotRole
{
    /// <summary>Administers users, machines and everything else.</summary>
    Admin,

    /// <summary>Owns the live plan: pins, downtimes, priorities.</summary>
    Planner,

    /// <summary>Works the machines on the shop floor.</summary>
    Operator,

    /// <summary>Publishes parametric templates.</summary>
    Designer,

    /// <summary>Orders products; sees only its own orders, units and passports.</summary>
    Customer,
}
