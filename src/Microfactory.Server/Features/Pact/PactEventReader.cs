using System.Net.Mime;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microfactory.Carbon.Pact;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// Reads the body of a <c>POST /3/events</c>: a CloudEvents 1.0 event in structured JSON mode (decoded by the CloudEvents
/// SDK, nested at most <see cref="MaxDepth"/> deep) with the attributes PACT requires (<c>id</c>, <c>source</c>,
/// <c>type</c>, <c>time</c>, <c>data</c>), then the data of its PACT type. The first broken rule is returned as a message
/// for a 400; a footprint an event carries must pass the strict PACT reader.
/// </summary>
internal static class PactEventReader
{
    public const int MaxDepth = 32;
    public const int MaxIdLength = 256;
    public const int MaxSourceLength = 2048;
    public const int MaxFootprintsPerEvent = 1000;

    private static readonly JsonEventFormatter Formatter = new(new JsonSerializerOptions(), new JsonDocumentOptions { MaxDepth = MaxDepth });

    public static (PactInboundEvent? Event, string? Problem, bool UnknownType) Read(ReadOnlyMemory<byte> body, string? contentType)
    {
        if (!IsStructuredJson(contentType))
        {
            return (null, $"Content-Type must be {PactEventTypes.MediaType} (a CloudEvent in structured mode), not '{Short(contentType ?? "")}'.", false);
        }
        CloudEvent cloudEvent;
        try
        {
            cloudEvent = Formatter.DecodeStructuredModeMessage(body, new ContentType(PactEventTypes.MediaType), null);
        }
        catch (Exception exception) when (exception is ArgumentException or JsonException or FormatException or InvalidOperationException)
        {
            return (null, $"The body is not a CloudEvents 1.0 event in structured JSON mode: {Short(exception.Message, 200)}", false);
        }
        if (cloudEvent.Id is not { Length: > 0 and <= MaxIdLength } id)
        {
            return (null, $"id is required, at most {MaxIdLength} characters.", false);
        }
        var source = cloudEvent.Source?.OriginalString ?? "";
        if (source.Length is 0 or > MaxSourceLength)
        {
            return (null, $"source is required, at most {MaxSourceLength} characters.", false);
        }
        if (cloudEvent.Time is not { } time)
        {
            return (null, "time is required (PACT v3 events carry the time they occurred).", false);
        }
        var type = cloudEvent.Type ?? "";
        if (!PactEventTypes.All.Contains(type, StringComparer.Ordinal))
        {
            return (null, $"type '{Short(type)}' is not a PACT v3 event; this host handles {string.Join(", ", PactEventTypes.All)}.", true);
        }
        if (cloudEvent.Data is not JsonElement { ValueKind: JsonValueKind.Object } data)
        {
            return (null, "data is required and must be a JSON object.", false);
        }
        var problem = type switch
        {
            PactEventTypes.Published => Published(data),
            PactEventTypes.RequestCreated => PactRequestCriteria.Read(data).Structure,
            PactEventTypes.RequestFulfilled => Fulfilled(data),
            _ => Rejected(data),
        };
        return problem is null ? (new PactInboundEvent(type, id, source, time, data.GetRawText()), null, false) : (null, problem, false);
    }

    /// <summary><c>pfIds</c>: the footprints that were published, by id. A URN is accepted beside a UUID: the conformance catalogue's own example sends one.</summary>
    private static string? Published(JsonElement data)
    {
        if (!data.TryGetProperty("pfIds", out var ids) || ids.ValueKind != JsonValueKind.Array || ids.GetArrayLength() is 0 or > MaxFootprintsPerEvent)
        {
            return $"data.pfIds must be an array of 1 to {MaxFootprintsPerEvent} footprint ids.";
        }
        var index = 0;
        foreach (var id in ids.EnumerateArray())
        {
            if (id.ValueKind != JsonValueKind.String || id.GetString() is not { } text || !(Guid.TryParseExact(text, "D", out _) || PactFootprintReader.IsUrn(text)))
            {
                return $"data.pfIds[{index}] must be a footprint id (a UUID).";
            }
            index++;
        }
        return null;
    }

    private static string? Fulfilled(JsonElement data)
    {
        if (RequestEventId(data) is { } missing)
        {
            return missing;
        }
        if (!data.TryGetProperty("pfs", out var pfs) || pfs.ValueKind != JsonValueKind.Array || pfs.GetArrayLength() is 0 or > MaxFootprintsPerEvent)
        {
            return $"data.pfs must be an array of 1 to {MaxFootprintsPerEvent} ProductFootprints (a request without footprints is answered with a RequestRejectedEvent).";
        }
        var index = 0;
        foreach (var pf in pfs.EnumerateArray())
        {
            if (PactFootprintReader.Check(pf) is { } broken)
            {
                return $"data.pfs[{index}].{broken.Field}: {broken.Rule}.";
            }
            index++;
        }
        return null;
    }

    private static string? Rejected(JsonElement data)
    {
        if (RequestEventId(data) is { } missing)
        {
            return missing;
        }
        return data.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString()!.Length > 0
            && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? null
                : "data.error must be an object with a code and a message.";
    }

    private static string? RequestEventId(JsonElement data) =>
        data.TryGetProperty("requestEventId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= MaxIdLength }
            ? null
            : $"data.requestEventId must name the request event (a string of at most {MaxIdLength} characters).";

    private static bool IsStructuredJson(string? contentType) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType, PactEventTypes.MediaType, StringComparison.OrdinalIgnoreCase);

    private static string Short(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";
}
