using System.Collections.Immutable;

namespace Microfactory.Core.Orders;

/// <summary>
/// One product in an order: a template version configured with parameter values (as the customer
/// typed them), in <see cref="Quantity"/> units. The template version is kept so the order always
/// points at the design it was made from.
/// </summary>
public sealed record OrderLine(
    string Id,
    int LineNumber,
    string TemplateId,
    string TemplateVersion,
    string Description,
    int Quantity,
    ImmutableSortedDictionary<string, string> Parameters);
