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

    /// <summary>Anyone, signed in or not: public content (a finished product's passport). Endpoints name it together with
    /// AllowAnonymous (the API group's key scheme would otherwise demand a signed-in user); an API key that is sent still names
    /// the caller, so the service can show a signed-in caller more (a product type's passport, an unfinished unit of their own).</summary>
    public const string Public = "public";

    /// <summary>Whether an endpoint's authorization is <see cref="Public"/>.</summary>
    public static bool IsPublic(IEnumerable<IAuthorizeData> authorize) => authorize.Any(a => a.Policy == Public);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AnyUser, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Operator, Roles.Designer));
        options.AddPolicy(Planning, p => p.RequireRole(Roles.Admin, Roles.Planner));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(CustomerOrPlanning, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Customer));
        options.AddPolicy(Designing, p => p.RequireRole(Roles.Admin, Roles.Designer));
        options.AddPolicy(ShopFloor, p => p.RequireRole(Roles.Admin, Roles.Planner, Roles.Operator));
        options.AddPolicy(Public, p => p.RequireAssertion(_ => true));
    }
}
