namespace Microfactory.Server.Features.Quotes;

/// <summary>A line of a quote with the design it evaluated to (the routing the plan needs) and its materials' longest lead time.</summary>
internal sealed record QuotedLine(QuoteLine Line, Design.Evaluation.Design Design, LeadTime? LeadTime);

/// <summary>The longest supplier lead time of a line's materials: which material, from which supplier, how many days.</summary>
internal sealed record LeadTime(string MaterialName, string SupplierName, int Days);
