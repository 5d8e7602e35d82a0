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
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.OneOf is not { Count: > 0 })
        {
            var nullable = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        return Task.CompletedTask;
    }
}
