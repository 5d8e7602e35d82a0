using Microfactory.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Microfactory.Server.Access;

/// <summary>Named authorization policies: each endpoint names exactly one, so who may call it is visible where it is mapped.</summary>
internal static class Policies
{
    public const string AnyUser = "any-user";
    public const string Staff = "staff";
    public const string Planning = "planning";
    public const string Admin = "admin";
    public const string CustomerOrPlanning = "customer-or-planning";
    public const string Designing = "designing";
    public const string ShopFloor = "shop-floor";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AnyUser, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Operator, Roles.Designer));
        options.AddPolicy(Planning, p => p.RequireRole(Roles.Admin, Roles.Planner));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(CustomerOrPlanning, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Customer));
        options.AddPolicy(Designing, p => p.RequireRole(Roles.Admin, Roles.Designer));
        options.AddPolicy(ShopFloor, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Operator));
    }
}
