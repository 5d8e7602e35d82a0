namespace Microfactory.Shopfloor.Telemetry;

/// <summary>Why a telemetry message was refused; the server counts refusals by this (metric tag <c>reason</c>).</summary>
public enum TelemetryRejection
{
    /// <summary>Not a JSON object of the expected fields: bad JSON, a wrong type, an unknown or repeated field, nesting.</summary>
    Malformed,

    /// <summary>The payload is larger than <see cref="TelemetryLimits.MaxPayloadBytes"/>.</summary>
    Oversized,

    /// <summary>The topic is not <c>mf/{factoryId}/{machineId}/{kind}</c>, or the kind is none of state, count, energy.</summary>
    UnknownTopic,

    /// <summary>The machine does not exist, or does not belong to the factory named with it.</summary>
    UnknownMachine,

    /// <summary>A field breaks its rule: missing, negative, too long, not a state name.</summary>
    Invalid,

    /// <summary><c>at</c> is more than <see cref="TelemetryLimits.MaxClockAhead"/> ahead of the server's clock.</summary>
    FromTheFuture,

    /// <summary><c>at</c> is more than <see cref="TelemetryLimits.MaxAge"/> behind the server's clock.</summary>
    TooOld,
}
