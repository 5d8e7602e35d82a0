using System.Collections.Immutable;
using Microfactory.Core.Orders;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// A quote as made: for whom, at which factory, against which plan version, what was asked (<see cref="Lines"/>,
/// with each line's design summary), the three options as offered, until when it may be accepted, and the
/// acceptance once there is one. Immutable once stored, apart from the acceptance.
/// </summary>
internal sealed record Quote(
    string Id,
    string CustomerId,
    string FactoryId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    long PlanVersion,
    DateOnly? RequestedDate,
    DateTimeOffset Deadline,
    IReadOnlyList<QuoteLine> Lines,
    IReadOnlyList<QuoteOption> Options,
    QuoteAcceptance? Acceptance = null)
{
    /// <summary>From <see cref="ExpiresAt"/> on, the quote can no longer be accepted.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>
/// One line of a quote: what was asked (template version, parameter values as typed, quantity) and a summary of the
/// design it gives for one unit: materials (cost, kg CO2e, each BOM line with its supplier's lead time), mass, routing.
/// </summary>
internal sealed record QuoteLine(
    int LineNumber,
    string TemplateId,
    string TemplateVersion,
    string Description,
    int Quantity,
    ImmutableSortedDictionary<string, string> Parameters,
    decimal UnitMaterialCost,
    string Currency,
    double UnitMaterialsKgCo2e,
    double UnitMassKg,
    IReadOnlyList<QuoteBomLine> Bom,
    IReadOnlyList<QuoteStep> Routing);

/// <summary>A BOM line of one unit, with the supplier it comes from and that supplier's lead time in days.</summary>
internal sealed record QuoteBomLine(string MaterialId, string MaterialName, double Quantity, string Unit, decimal LineCost, double KgCo2e, string? SupplierId, int LeadTimeDays);

/// <summary>A routing step of one unit: the capability it needs, setup and run in seconds, the steps before it.</summary>
internal sealed record QuoteStep(string StepId, string CapabilityId, double SetupSeconds, double RunSeconds, IReadOnlyList<string> Predecessors);

/// <summary>
/// One option (<see cref="Kind"/> fastest, cheapest or greenest). When <see cref="Available"/>: its price, promised
/// completion (at the factory's UTC offset), kWh, the tentative operations and its cradle-to-gate footprint from the
/// carbon engine (Microfactory.Carbon): kg CO2e in all and per stage — materials (suppliers' own footprints where valid,
/// else secondary factors), process energy at the grid intensity of the hours the option uses, inbound transport and
/// packaging — with the share of primary data. When not: <see cref="Reason"/> says what is missing and
/// <see cref="EarliestCompletion"/> the earliest possible completion, when there is one.
/// </summary>
internal sealed record QuoteOption(
    string Kind,
    bool Available,
    string? Reason,
    PriceBreakdown? Price,
    DateTimeOffset? PromisedCompletion,
    DateTimeOffset? EarliestCompletion,
    double? Co2eKg,
    double? EnergyKwh,
    double? MaterialsCo2eKg,
    double? ProcessCo2eKg,
    IReadOnlyList<QuoteOperation> Operations,
    double? TransportCo2eKg = null,
    double? PackagingCo2eKg = null,
    double? Co2PrimaryDataSharePercent = null);

/// <summary>Where and when one step of one unit would run (tentative: quoting reserves nothing).</summary>
internal sealed record QuoteOperation(int LineNumber, int Unit, string StepId, string CapabilityId, string MachineId, string MachineName, DateTimeOffset Start, DateTimeOffset End);

/// <summary>The acceptance of a quote: the option, the order it created, and the idempotency key it came with.</summary>
internal sealed record QuoteAcceptance(string QuoteId, string OrderId, string IdempotencyKey, string Option, string AcceptedBy, DateTimeOffset AcceptedAt);
