using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Microfactory.Server.Api;

/// <summary>
/// Makes the schemas of our wire records say what the server really does. A response record always
/// carries every property (null where the type allows it), so all are required. An input record's
/// properties are nullable in C# so that a missing one is reported by name; in the document only the
/// properties named by <see cref="RequiredFieldsAttribute"/> are required, and those do not accept
/// null, while every other property is optional and may be null.
/// </summary>
internal sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>Where a schema keeps the JSON names of its required input properties until <see cref="RemoveNullFromRequired"/> runs.</summary>
    private const string RequiredNotNull = "microfactory:required-not-null";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is null && typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(type))
        {
            DescribeProblem(schema);
            return Task.CompletedTask;
        }
        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 } properties || !IsOurs(type))
        {
            return Task.CompletedTask;
        }
        var jsonNames = context.JsonTypeInfo.Properties
            .Where(p => p.AttributeProvider is MemberInfo)
            .ToDictionary(p => ((MemberInfo)p.AttributeProvider!).Name, p => p.Name, StringComparer.Ordinal);
        if (!type.Name.EndsWith("Input", StringComparison.Ordinal))
        {
            schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
            return Task.CompletedTask;
        }
        var required = type.GetCustomAttribute<RequiredFieldsAttribute>()?.Properties ?? [];
        schema.Required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in required)
        {
            if (!jsonNames.TryGetValue(property, out var name) || !properties.TryGetValue(name, out var propertySchema))
            {
                throw new InvalidOperationException($"{type.Name} names '{property}' as required, but has no such serialised property.");
            }
            schema.Required.Add(name);
        }
        schema.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
        schema.Metadata[RequiredNotNull] = schema.Required.ToList();
        return Task.CompletedTask;
    }

    /// <summary>
    /// A document pass: the generator wraps a nullable property in its null alternative after the schema
    /// transformers ran, so a required input property loses its null here, once the schemas are final.
    /// </summary>
    public static Task RemoveNullFromRequired(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Metadata?.TryGetValue(RequiredNotNull, out var names) != true || schema.Properties is not { } properties)
            {
                continue;
            }
            foreach (var name in (List<string>)names!)
            {
                properties[name] = NotNull(properties[name]);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Our problems always carry a title and a status, and may carry extension members (traceId), so the
    /// framework's problem schemas must not forbid further properties as our other records do.
    /// </summary>
    private static void DescribeProblem(OpenApiSchema schema)
    {
        schema.AdditionalProperties = null;
        schema.AdditionalPropertiesAllowed = true;
        schema.Required = new HashSet<string>(["title", "status"], StringComparer.Ordinal);
        foreach (var name in schema.Required)
        {
            if (schema.Properties?.TryGetValue(name, out var property) == true)
            {
                schema.Properties[name] = NotNull(property);
            }
        }
        if (schema.Properties is { } properties)
        {
            properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the server's logs." };
        }
    }

    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("Microfactory.", StringComparison.Ordinal) == true && !type.IsEnum;

    /// <summary>The schema without its null alternative: <c>type: [null, string]</c> becomes <c>string</c>, <c>oneOf: [null, $ref]</c> the reference.</summary>
    private static IOpenApiSchema NotNull(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }
        if (inline.Type is { } types && types.HasFlag(JsonSchemaType.Null))
        {
            inline.Type = types & ~JsonSchemaType.Null;
        }
        if (inline.OneOf is { Count: 2 } oneOf && oneOf.SingleOrDefault(s => s is OpenApiSchema { Type: JsonSchemaType.Null }) is { } nullAlternative)
        {
            return oneOf.Single(s => !ReferenceEquals(s, nullAlternative));
        }
        return inline;
    }
}
