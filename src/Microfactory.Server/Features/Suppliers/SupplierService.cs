using Microfactory.Core.Ids;
using Microfactory.Core.Suppliers;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Suppliers;

/// <summary>Lists, reads, creates and updates suppliers.</summary>
internal sealed class SupplierService(SupplierStore store, IdFactory ids, TimeProvider time)
{
    public const int MaxUrlLength = 2000;

    public async Task<ItemPage<Supplier>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await store.ListAsync(page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Supplier>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Supplier>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } supplier
            ? ServiceResult<Supplier>.Ok(supplier)
            : ServiceResult<Supplier>.NotFound($"No supplier with id '{id}'.");

    public async Task<ServiceResult<Supplier>> CreateAsync(SupplierInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        errors.OptionalId(IdPrefix.Supplier, input.Id);
        return await Writes.InsertAsync(errors, () => ToSupplier(input.Id ?? ids.New(IdPrefix.Supplier), input), supplier => store.InsertAsync(supplier, time.GetUtcNow(), cancellationToken),
            supplier => $"A supplier with id '{supplier.Id}' already exists.");
    }

    public async Task<ServiceResult<Supplier>> UpdateAsync(string id, SupplierInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        errors.SameId(input.Id, id);
        return await Writes.ReplaceAsync(errors, () => ToSupplier(id, input), supplier => store.UpdateAsync(supplier, time.GetUtcNow(), cancellationToken),
            $"No supplier with id '{id}'.");
    }

    private static FieldErrors Validate(SupplierInput input)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        if (errors.Required("country", input.Country) && (input.Country!.Length != 2 || !input.Country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("country", "country must be a two-letter ISO 3166 code in capitals, such as 'HK'.");
        }
        errors.Range("leadTimeDays", input.LeadTimeDays, 0, 365);
        if (input.PactEndpoint is { Length: > MaxUrlLength })
        {
            errors.Add("pactEndpoint", $"pactEndpoint must be at most {MaxUrlLength} characters long.");
        }
        else if (input.PactEndpoint is not null
            && (!Uri.TryCreate(input.PactEndpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add("pactEndpoint", "pactEndpoint must be an absolute http or https URL.");
        }
        if (errors.Required("contactEmail", input.ContactEmail))
        {
            errors.MaxLength("contactEmail", input.ContactEmail, 254);
            errors.Check(EmailAddresses.LooksValid(input.ContactEmail!), "contactEmail", "contactEmail must be an e-mail address such as 'sales@example.com'.");
        }
        return errors;
    }

    private static Supplier ToSupplier(string id, SupplierInput input) =>
        new(id, input.Name!.Trim(), input.Country!, input.LeadTimeDays!.Value, input.PactEndpoint is null ? null : new Uri(input.PactEndpoint), input.ContactEmail!.Trim());
}
