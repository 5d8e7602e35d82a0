namespace Microfactory.Shopfloor.Telemetry;

/// <summary>A message that passed every rule (<see cref="Message"/> set, no problems), or the problems that refused it.</summary>
public sealed record TelemetryResult(TelemetryMessage? Message, IReadOnlyList<TelemetryProblem> Problems)
{
    /// <summary>True when the message passed.</summary>
    public bool IsValid => Message is not null;

    /// <summary>The category of the first problem (what a refusal is counted as); null when valid.</summary>
    public TelemetryRejection? Rejection => Problems.Count == 0 ? null : Problems[0].Reason;

    /// <summary>A passed message.</summary>
    public static TelemetryResult Valid(TelemetryMessage message) => new(message, []);

    /// <summary>A refusal for one problem.</summary>
    public static TelemetryResult Refused(TelemetryProblem problem) => new(null, [problem]);
}
