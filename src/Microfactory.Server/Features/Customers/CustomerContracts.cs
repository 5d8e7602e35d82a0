using System.Text.Json.Serialization;
using Microfactory.Core.Customers;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Customers;

/// <summary>A customer as clients send it.</summary>
[RequiredFields(nameof(Name), nameof(Email))]
internal sealed record CustomerInput(string? Id, string? Name, string? Email, string? Company, [property: JsonConverter(typeof(MultiLineTextConverter))] string? Address);

/// <summary>A customer on the wire.</summary>
internal sealed record CustomerResponse(string Id, string Name, string Email, string? Company, string? Address)
{
    public static CustomerResponse From(Customer c) => new(c.Id, c.Name, c.Email, c.Company, c.Address);
}
