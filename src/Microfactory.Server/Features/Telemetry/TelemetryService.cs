using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Storage;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>The HTTP side of telemetry: a batch checked whole before anything is written, a machine's current state, the ingest's totals.</summary>
internal sealed class TelemetryService(TelemetryIngest ingest, MachineDirectory machines, TelemetryStore store, TelemetryMetrics metrics, MqttStatus mqtt, TimeProvider time)
{
    public const int MaxBatchMessages = 1000;

    /// <summary>Checks every message of the batch (all problems, each naming its field); only a batch without any is ingested, in one transaction.</summary>
    public async Task<ServiceResult<TelemetryBatchResponse>> IngestBatchAsync(TelemetryBatchInput input, string userId, CancellationToken cancellationToken)
    {
        if (input.Messages is not { } list)
        {
            return ServiceResult<TelemetryBatchResponse>.Invalid("messages", "messages is required: a list of 1 to 1000 telemetry messages.");
        }
        if (list.Count is 0 or > MaxBatchMessages)
        {
            return ServiceResult<TelemetryBatchResponse>.Invalid("messages", $"messages must hold between 1 and {MaxBatchMessages} messages, not {list.Count}.");
        }
        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        var messages = new List<TelemetryMessage>(list.Count);
        var refused = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var prefix = $"messages[{i}].";
            var problems = await CheckAsync(list[i], prefix, now, messages, cancellationToken);
            if (problems.Count > 0)
            {
                refused++;
                metrics.Rejected(TelemetrySources.Http, problems[0].Reason);
                errors.AddRange(problems.Select(p => new FieldError(p.Field, p.Message)));
            }
        }
        if (errors.Count > 0)
        {
            return ServiceResult<TelemetryBatchResponse>.Invalid(errors);
        }
        var results = await ingest.IngestAsync(messages, TelemetrySources.Http, userId, cancellationToken);
        return ServiceResult<TelemetryBatchResponse>.Ok(new TelemetryBatchResponse(
            results.Count(r => r.Status == IngestStatus.Accepted), results.Count(r => r.Status == IngestStatus.Duplicate), results.Count(r => r.Status == IngestStatus.Rejected),
            [.. results.Select(r => r.Status)]));
    }

    private async Task<IReadOnlyList<TelemetryProblem>> CheckAsync(TelemetryMessageInput? input, string prefix, DateTimeOffset now, List<TelemetryMessage> messages, CancellationToken cancellationToken)
    {
        var field = prefix.TrimEnd('.');
        if (input is null)
        {
            return [new TelemetryProblem(field, $"{field}: is required (a telemetry message object).", TelemetryRejection.Malformed)];
        }
        if (input.Kind is null || !TelemetryKinds.TryParse(input.Kind, out var kind))
        {
            return [new TelemetryProblem(prefix + "kind", $"{prefix}kind: {(input.Kind is null ? "is required" : "must be")} one of {string.Join(", ", TelemetryKinds.Names)}.", TelemetryRejection.UnknownTopic)];
        }
        var payload = new TelemetryPayload(input.Id, input.Seq, input.State, input.At, input.Reason, input.OperationId, input.Good, input.Scrap, input.Kwh);
        var result = TelemetryValidator.Validate(input.FactoryId, input.MachineId, kind, payload, now, prefix);
        if (!result.IsValid)
        {
            return result.Problems;
        }
        if (await machines.CheckAsync(input.FactoryId!, input.MachineId!, prefix + "machineId", cancellationToken) is { } unknown)
        {
            return [unknown];
        }
        messages.Add(result.Message!);
        return [];
    }

    /// <summary>The machine's current state (<c>off</c> since its creation before any report); not found for an unknown machine.</summary>
    public async Task<ServiceResult<MachineStateResponse>> GetStateAsync(string machineId, CancellationToken cancellationToken)
    {
        if (await store.MachineCreatedAtAsync(machineId, cancellationToken) is not { } createdAt)
        {
            return ServiceResult<MachineStateResponse>.NotFound($"No machine with id '{machineId}'.");
        }
        if (await store.CurrentStateAsync(machineId, cancellationToken) is not { } current)
        {
            return ServiceResult<MachineStateResponse>.Ok(new MachineStateResponse(machineId, MachineState.Off, createdAt, null, null, null));
        }
        MachineStates.TryParse(current.State, out var state);
        return ServiceResult<MachineStateResponse>.Ok(new MachineStateResponse(machineId, state, UnixTime.FromMs(current.AtMs), current.Source, current.Reason, current.OperationId));
    }

    public TelemetryStatsResponse Stats()
    {
        var counts = metrics.Snapshot();
        return new TelemetryStatsResponse(counts.Accepted, counts.Duplicates, counts.Rejected, counts.Batches, counts.RejectedByReason, mqtt.Snapshot());
    }
}
