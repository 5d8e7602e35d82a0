namespace Microfactory.Core.Access;

/// <summary>Role names as they appear on the wire, in claims and in the database.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Planner = "planner";
    public const string Operator = "operator";
    public const string Designer = "designer";
    public const string Customer = "customer";

    public static IReadOnlyList<string> All { get; } = [Admin, Planner, Operator, Designer, Customer];

    public static string ToName(this Role role) => role switch
    {
        Role.Admin => Admin,
        Role.Planner => Planner,
        Role.Operator => Operator,
        Role.Designer => Designer,
        Role.Customer => Customer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static bool TryParse(string? name, out Role role)
    {
        switch (name)
        {
            case Admin: role = Role.Admin; return true;
            case Planner: role = Role.Planner; return true;
            case Operator: role = Role.Operator; return true;
            case Designer: role = Role.Designer; return true;
            case Customer: role = Role.Customer; return true;
            default: role = default; return false;
        }
    }
}
