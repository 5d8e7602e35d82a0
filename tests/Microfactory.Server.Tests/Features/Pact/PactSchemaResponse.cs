using System.Text.Json;

namespace Microfactory.Server.Tests.Features.Pact;

/// <summary>The response envelopes the conformance tool checks: <c>{"data": ProductFootprint}</c> and <c>{"data": [ProductFootprint…]}</c>.</summary>
internal static class PactSchemaResponse
{
    public static IReadOnlyList<string> GetFootprintErrors(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? PactSchema.Errors("ProductFootprint", data)
            : ["the body is not {\"data\": {…}}"];
}
