using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Microfactory.Server.Api;

/// <summary>
/// The schema generator describes a type with a custom converter as "anything"; strings read through
/// <see cref="SingleLineTextConverter"/> are still strings, so this puts <c>"type": "string"</c> back (with null
/// where the property may be null), as it was before the converter.
/// </summary>
internal sealed class TextSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        if (info.Type == typeof(string) && schema.Type is null && schema.OneOf is not { Count: > 0 })
        {
            var nullable = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        // An "anything" schema for list items or dictionary values is left out altogether: put the string back.
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
        else if (info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType == typeof(string) && schema.AdditionalProperties is null)
        {
            schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String };
        }
        return Task.CompletedTask;
    }
}
