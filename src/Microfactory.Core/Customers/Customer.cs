namespace Microfactory.Core.Customers;

/// <summary>Somebody who orders products; customer users are tied to exactly one customer and see only its data.</summary>
public sealed record Customer(string Id, string Name, string Email, string? Company, string? Address);
