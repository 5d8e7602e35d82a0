using Microfactory.Core.Access;

namespace Microfactory.Server.Application;

/// <summary>Who is calling a service: the signed-in user, their role and, for customers, the customer they act for.</summary>
internal sealed record Caller(string UserId, Role Role, string? CustomerId)
{
    public bool IsStaff => Role is not Role.Customer;

    /// <summary>Whether this caller may see or change data that belongs to <paramref name="customerId"/>.</summary>
    public bool MayActFor(string customerId) => MayActForAll() || CustomerId == customerId;

    /// <summary>Admins and planners act for every customer.</summary>
    public bool MayActForAll() => Role is Role.Admin or Role.Planner;

    /// <summary>The system itself (seeding, migrations, the CLI on the server's own database).</summary>
    public static Caller System { get; } = new("usr_system", Role.Admin, null);
}
