namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// What the operator needs for the operation at the head of the queue, from the design of its order line: the routing
/// step (description, capability, setup and run time in seconds), the line's parameter values as people read them (materials by name),
/// the design's files, and the shop-floor record so far (serial, start, running time, the last pause's reason).
/// </summary>
internal sealed record WorkInstructions(
    string? Description,
    string CapabilityName,
    double SetupSeconds,
    double RunSeconds,
    IReadOnlyList<(string Name, string Value)> Parameters,
    IReadOnlyList<DesignFileLink> Files,
    string? Serial,
    DateTimeOffset? StartedAt,
    long RanSeconds,
    string? PauseReason);
