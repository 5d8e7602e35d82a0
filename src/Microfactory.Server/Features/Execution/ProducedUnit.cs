namespace Microfactory.Server.Features.Execution;

/// <summary>
/// One unit of an order line whose work has started: its serial number (given when its first operation starts),
/// whether it is in production or completed, and once completed its as-built record.
/// </summary>
internal sealed record ProducedUnit(
    string Serial,
    string FactoryId,
    string OrderId,
    string LineId,
    int LineNumber,
    int Unit,
    string TemplateId,
    string TemplateVersion,
    UnitStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    AsBuiltRecord? AsBuilt);
