using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Customers;

/// <summary>/api/v1/customers: admins and planners see all; a customer sees and updates only itself; admins and planners create.</summary>
internal static class CustomerApi
{
    public static RouteGroupBuilder MapCustomerApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers");
        group.MapGet("/", (int? page, int? pageSize, ClaimsPrincipal user, CustomerService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(user.ToCaller(), p, ct), CustomerResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("ListCustomers");
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, CustomerService service, CancellationToken ct) =>
                (await service.GetAsync(user.ToCaller(), id, ct)).ToHttp(CustomerResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("GetCustomer");
        group.MapPost("/", async (CustomerInput input, CustomerService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(CustomerResponse.From, c => $"/api/v1/customers/{c.Id}"))
            .RequireAuthorization(Policies.Planning).WithName("CreateCustomer");
        group.MapPut("/{id}", async (string id, CustomerInput input, ClaimsPrincipal user, CustomerService service, CancellationToken ct) =>
                (await service.UpdateAsync(user.ToCaller(), id, input, ct)).ToHttp(CustomerResponse.From))
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("UpdateCustomer");
        return api;
    }
}
