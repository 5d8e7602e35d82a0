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
            .WithSummary("List customers")
            .WithDescription("Admins and planners see every customer; a customer user sees only its own.")
            .ProducesPage<CustomerResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("ListCustomers");
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, CustomerService service, CancellationToken ct) =>
                (await service.GetAsync(user.ToCaller(), id, ct)).ToHttp(CustomerResponse.From))
            .WithSummary("Get a customer")
            .WithDescription("A customer user is told 404 about any customer but its own.")
            .ProducesOne<CustomerResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("GetCustomer");
        group.MapPost("/", async (CustomerInput input, CustomerService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(CustomerResponse.From, c => $"/api/v1/customers/{c.Id}"))
            .WithSummary("Create a customer")
            .ProducesCreated<CustomerResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("CreateCustomer");
        group.MapPut("/{id}", async (string id, CustomerInput input, ClaimsPrincipal user, CustomerService service, CancellationToken ct) =>
                (await service.UpdateAsync(user.ToCaller(), id, input, ct)).ToHttp(CustomerResponse.From))
            .WithSummary("Replace a customer")
            .WithDescription("Replaces every field; an id in the body must match the URL. A customer user may change only its own record.")
            .ProducesReplaced<CustomerResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("UpdateCustomer");
        return api;
    }
}
