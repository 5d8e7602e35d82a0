using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>The control-character converter on every string must not blur the OpenAPI document: strings stay typed strings.</summary>
public sealed class OpenApiTextTypesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task OpenApi_EveryPropertySchema_HasAType()
    {
        using var client = fixture.Host.Anonymous();
        var schemas = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");
        var untyped = new List<string>();
        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.EnumerateObject().Any() is false)
                {
                    untyped.Add($"{schema.Name}.{property.Name}");
                }
            }
        }
        Assert.Empty(untyped);
        // A required text is a string; an optional one may also be null.
        Assert.Equal("string", schemas.GetProperty("SupplierInput").GetProperty("properties").GetProperty("name").GetProperty("type").GetString());
        Assert.Equal(["null", "string"], schemas.GetProperty("SupplierInput").GetProperty("properties").GetProperty("pactEndpoint").GetProperty("type").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.Equal("string", schemas.GetProperty("MachineInput").GetProperty("properties").GetProperty("capabilities").GetProperty("items").GetProperty("type").GetString());
        Assert.Equal("string", schemas.GetProperty("OrderLineInput").GetProperty("properties").GetProperty("parameters").GetProperty("additionalProperties").GetProperty("type").GetString());
    }
}
