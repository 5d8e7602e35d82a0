namespace Microfactory.Server.Features.Telemetry;

/// <summary>What became of one message handed to <see cref="TelemetryIngest.IngestAsync"/>.</summary>
internal enum IngestStatus
{
    /// <summary>New: committed, and published to the feed.</summary>
    Accepted,

    /// <summary>Its machine, kind and key were already stored (or came earlier in the same batch): nothing written.</summary>
    Duplicate,

    /// <summary>Refused (see the problem): an unknown machine, a machine of another factory, a value out of bounds. Nothing written.</summary>
    Rejected,
}
