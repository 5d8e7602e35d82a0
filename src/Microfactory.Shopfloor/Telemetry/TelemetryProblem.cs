namespace Microfactory.Shopfloor.Telemetry;

/// <summary>One thing wrong with a telemetry message: the field (as the sender wrote it, with any prefix such as <c>messages[3].</c>), the rule it broke, and the category.</summary>
public sealed record TelemetryProblem(string Field, string Message, TelemetryRejection Reason);
