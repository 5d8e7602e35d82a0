using Microfactory.Core.Customers;
using Microfactory.Core.Ids;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Customers;

/// <summary>
/// Customers. Admins and planners see and change all of them; a customer user sees and changes only
/// the customer it acts for, and is told "not found" about any other so that ids of others leak nothing.
/// </summary>
internal sealed class CustomerService(CustomerStore store, IdFactory ids, TimeProvider time)
{
    public async Task<ItemPage<Customer>> ListAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        var onlyId = caller.MayActForAll() ? null : caller.CustomerId ?? "";
        var (items, total) = await store.ListAsync(onlyId, page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Customer>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Customer>> GetAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        caller.MayActFor(id) && await store.GetAsync(id, cancellationToken) is { } customer
            ? ServiceResult<Customer>.Ok(customer)
            : ServiceResult<Customer>.NotFound($"No customer with id '{id}'.");

    public async Task<ServiceResult<Customer>> CreateAsync(CustomerInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        errors.OptionalId(IdPrefix.Customer, input.Id);
        if (!errors.IsEmpty)
        {
            return ServiceResult<Customer>.Invalid(errors.Errors);
        }
        var customer = ToCustomer(input.Id ?? ids.New(IdPrefix.Customer), input);
        return await store.InsertAsync(customer, time.GetUtcNow(), cancellationToken) switch
        {
            CustomerWrite.Done => ServiceResult<Customer>.Ok(customer),
            CustomerWrite.Missing => ServiceResult<Customer>.Conflict("id", $"A customer with id '{customer.Id}' already exists."),
            _ => EmailTaken(customer),
        };
    }

    public async Task<ServiceResult<Customer>> UpdateAsync(Caller caller, string id, CustomerInput input, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(id))
        {
            return ServiceResult<Customer>.NotFound($"No customer with id '{id}'.");
        }
        var errors = Validate(input);
        errors.SameId(input.Id, id);
        if (!errors.IsEmpty)
        {
            return ServiceResult<Customer>.Invalid(errors.Errors);
        }
        var customer = ToCustomer(id, input);
        return await store.UpdateAsync(customer, time.GetUtcNow(), cancellationToken) switch
        {
            CustomerWrite.Done => ServiceResult<Customer>.Ok(customer),
            CustomerWrite.Missing => ServiceResult<Customer>.NotFound($"No customer with id '{id}'."),
            _ => EmailTaken(customer),
        };
    }

    /// <summary>One customer per address, whatever the case of its letters: the same person or company must not be two customers.</summary>
    private static ServiceResult<Customer> EmailTaken(Customer customer) =>
        ServiceResult<Customer>.Conflict("email", $"email '{customer.Email}' already belongs to another customer (addresses are compared without regard to case).");

    private static FieldErrors Validate(CustomerInput input)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        if (errors.Required("email", input.Email))
        {
            errors.MaxLength("email", input.Email, 254);
            errors.Check(EmailAddresses.LooksValid(input.Email!), "email", "email must be an e-mail address such as 'mei@example.com'.");
        }
        errors.Text("company", input.Company, 200, required: false);
        errors.Text("address", input.Address, 500, required: false);
        return errors;
    }

    private static Customer ToCustomer(string id, CustomerInput input) =>
        new(id, input.Name!.Trim(), input.Email!.Trim(), input.Company?.Trim(), input.Address?.Trim());
}
