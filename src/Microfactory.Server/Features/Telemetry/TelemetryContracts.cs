using Microfactory.Server.Api;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// A batch of telemetry messages: 1 to 1000 (and within the server's JSON body limit, 1 MiB by default). A batch is
/// taken whole or not at all: one bad message refuses the batch with a problem naming it (<c>messages[3].good</c>).
/// </summary>
[RequiredFields(nameof(Messages))]
internal sealed record TelemetryBatchInput(IReadOnlyList<TelemetryMessageInput?>? Messages);

/// <summary>
/// One message: the machine (<c>factoryId</c>, <c>machineId</c>), its <c>kind</c> (state, count or energy), an
/// <c>id</c> (text) or a <c>seq</c> (whole number, increasing per machine and kind) that makes it unique, <c>at</c>
/// (RFC 3339 with offset, at most 5 minutes ahead of the server's clock), and the fields of its kind: state —
/// <c>state</c> (off, idle, setup, running, down), <c>reason</c>?, <c>operationId</c>?; count — <c>good</c> and
/// <c>scrap</c> (parts since the previous count message, ≥ 0), <c>operationId</c>?; energy — <c>kwh</c> (the cumulative
/// meter reading, ≥ 0).
/// </summary>
[RequiredFields(nameof(FactoryId), nameof(MachineId), nameof(Kind), nameof(At))]
internal sealed record TelemetryMessageInput(
    string? FactoryId,
    string? MachineId,
    string? Kind,
    string? Id,
    long? Seq,
    string? State,
    DateTimeOffset? At,
    string? Reason,
    string? OperationId,
    long? Good,
    long? Scrap,
    double? Kwh);

/// <summary>What became of a batch: how many messages were new (accepted), already stored (duplicates) or refused, and each message's outcome in order.</summary>
internal sealed record TelemetryBatchResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<IngestStatus> Results);

/// <summary>
/// A machine's current state: the reported state with the latest <c>at</c> (<c>since</c>), where it came from and why.
/// Before any report the state is <c>off</c> since the machine was created, with no source.
/// </summary>
internal sealed record MachineStateResponse(string MachineId, MachineState State, DateTimeOffset? Since, string? Source, string? Reason, string? OperationId);

/// <summary>Ingest totals since the server started, and the MQTT connection.</summary>
internal sealed record TelemetryStatsResponse(long Accepted, long Duplicates, long Rejected, long Batches, IReadOnlyDictionary<string, long> RejectedByReason, MqttStatusResponse Mqtt);

/// <summary>The MQTT ingest: whether it is on, the broker, whether it is connected (and since when), and the last connection error.</summary>
internal sealed record MqttStatusResponse(bool Enabled, string? Broker, bool Connected, DateTimeOffset? ConnectedSince, string? LastError);
