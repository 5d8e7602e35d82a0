using Microfactory.Core.Suppliers;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Suppliers;

/// <summary>A supplier as clients send it.</summary>
[RequiredFields(nameof(Name), nameof(Country), nameof(LeadTimeDays), nameof(ContactEmail))]
internal sealed record SupplierInput(string? Id, string? Name, string? Country, int? LeadTimeDays, string? PactEndpoint, string? ContactEmail);

/// <summary>A supplier on the wire.</summary>
internal sealed record SupplierResponse(string Id, string Name, string Country, int LeadTimeDays, string? PactEndpoint, string ContactEmail)
{
    public static SupplierResponse From(Supplier s) => new(s.Id, s.Name, s.Country, s.LeadTimeDays, s.PactEndpoint?.ToString(), s.ContactEmail);
}
