namespace Microfactory.Copilot.Tools;

/// <summary>Who may use which tool: the same role rules as the platform's API (README, REST API table).</summary>
internal static class ToolRoles
{
    public static IReadOnlyList<CopilotRole> Everyone { get; } = [CopilotRole.Admin, CopilotRole.Planner, CopilotRole.Operator, CopilotRole.Designer, CopilotRole.Customer];

    public static IReadOnlyList<CopilotRole> Staff { get; } = [CopilotRole.Admin, CopilotRole.Planner, CopilotRole.Operator, CopilotRole.Designer];

    public static IReadOnlyList<CopilotRole> ShopFloor { get; } = [CopilotRole.Admin, CopilotRole.Planner, CopilotRole.Operator];

    /// <summary>Orders: admins and planners all, a customer its own (the host filters).</summary>
    public static IReadOnlyList<CopilotRole> Orders { get; } = [CopilotRole.Admin, CopilotRole.Planner, CopilotRole.Customer];

    /// <summary>A unit's footprint: staff, and a customer its own.</summary>
    public static IReadOnlyList<CopilotRole> StaffAndCustomers { get; } = Everyone;

    public static IReadOnlyList<CopilotRole> PlanChanges { get; } = [CopilotRole.Admin, CopilotRole.Planner];

    public static IReadOnlyList<CopilotRole> Planners { get; } = [CopilotRole.Planner];
}
