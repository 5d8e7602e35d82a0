namespace Microfactory.Core.Suppliers;

/// <summary>
/// A supplier of materials. <see cref="LeadTimeDays"/> is the usual time from order to delivery;
/// <see cref="PactEndpoint"/> is the base URL of its PACT footprint exchange API, when it has one.
/// </summary>
public sealed record Supplier(
    string Id,
    string Name,
    string Country,
    int LeadTimeDays,
    Uri? PactEndpoint,
    string ContactEmail);
