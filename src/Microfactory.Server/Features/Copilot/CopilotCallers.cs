using Microfactory.Copilot.Tools;
using Microfactory.Core.Access;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The copilot's user and the services' caller are the same person: every tool call runs as the asking user, so what it
/// sees is decided by the services themselves (a customer's order lookup answers "not found" for others' orders).
/// </summary>
internal static class CopilotCallers
{
    public static CopilotUser ToCopilotUser(this Caller caller) => new(caller.UserId, caller.Role switch
    {
        Role.Admin => CopilotRole.Admin,
        Role.Planner => CopilotRole.Planner,
        Role.Operator => CopilotRole.Operator,
        Role.Designer => CopilotRole.Designer,
        _ => CopilotRole.Customer,
    }, caller.CustomerId);

    public static Caller ToCaller(this CopilotUser user) => new(user.UserId, user.Role switch
    {
        CopilotRole.Admin => Role.Admin,
        CopilotRole.Planner => Role.Planner,
        CopilotRole.Operator => Role.Operator,
        CopilotRole.Designer => Role.Designer,
        _ => Role.Customer,
    }, user.Role == CopilotRole.Customer ? user.CustomerId : null);

    /// <summary>The UI's links, which the citations carry.</summary>
    public static string OrderLink(string id) => $"/orders/{Uri.EscapeDataString(id)}";

    public static string MachineLink(string id) => $"/shopfloor/machines/{Uri.EscapeDataString(id)}";

    public static string UnitLink(string serial) => $"/units/{Uri.EscapeDataString(serial)}";

    public static string TemplateLink(string id) => $"/catalogue/{Uri.EscapeDataString(id)}";
}
