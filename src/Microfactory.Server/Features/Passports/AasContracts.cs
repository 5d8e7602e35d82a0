using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Microfactory.Server.Features.Passports;

/// <summary>A page of the AAS API (Part 2, GetAssetAdministrationShellsResult and its kin): the items as the AAS JSON serialisation
/// writes them and, when more follow, the cursor to ask for the next page with.</summary>
internal sealed record AasPage(
    [property: JsonPropertyName("paging_metadata")] AasPagingMetadata PagingMetadata,
    [property: JsonPropertyName("result")] IReadOnlyList<JsonObject> Result);

/// <summary>Paging of an AAS API page: <c>cursor</c> is left out on the last page.</summary>
internal sealed record AasPagingMetadata
{
    /// <summary>Where the next page starts; absent on the last page (so not a constructor parameter: it is never required).</summary>
    [JsonPropertyName("cursor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cursor { get; init; }
}

/// <summary>The AAS API's error body (Part 2, Result): one message per problem.</summary>
internal sealed record AasResult([property: JsonPropertyName("messages")] IReadOnlyList<AasMessage> Messages);

/// <summary>One message of an <see cref="AasResult"/>: the HTTP status as <c>code</c>, <c>messageType</c> <c>Error</c>, the text and when (people's time, not the simulated factory's).</summary>
internal sealed record AasMessage(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("messageType")] string MessageType,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp);
