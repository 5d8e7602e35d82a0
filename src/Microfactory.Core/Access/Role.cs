namespace Microfactory.Core.Access;

/// <summary>What a user may do. Each API endpoint names the roles that may call it.</summary>
public enum Role
{
    Admin,
    Planner,
    Operator,
    Designer,
    Customer,
}
