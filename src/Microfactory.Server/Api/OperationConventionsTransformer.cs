using System.Globalization;
using System.Text.Json.Nodes;
using Microfactory.Server.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Microfactory.Server.Api;

/// <summary>
/// What every operation states the same way, taken from the endpoint rather than written by hand:
/// the bearer requirement and who may call it (from its authorization), the paging parameters'
/// rules, described and free-form parameters, text bodies, the Location header of a 201, and what each
/// problem status means.
/// </summary>
internal sealed class OperationConventionsTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> ProblemMeanings = new(StringComparer.Ordinal)
    {
        ["400"] = "Invalid request: `errors` names each bad field (or `body`) with the rule it breaks.",
        ["401"] = "No API key, or one that is unknown or revoked: send `Authorization: Bearer <api key>`.",
        ["403"] = "Your role may not do this.",
        ["404"] = "Not found, or not yours to see.",
        ["409"] = "Conflicts with what is stored; `errors` names the field.",
        ["415"] = "The body must be sent as application/json.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (Access.Policies.IsPublic(authorize))
        {
            // The key is optional: without one the caller reads public content, with one perhaps more.
            operation.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecurityTransformer.SchemeName, context.Document)] = [] }];
            operation.Description = Join(operation.Description, "Who may call: anyone; no API key is needed.");
        }
        else if (authorize.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecurityTransformer.SchemeName, context.Document)] = [] }];
            operation.Description = Join(operation.Description, WhoMayCall(authorize, context.ApplicationServices));
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            DescribePaging(parameter);
        }
        if (metadata.OfType<TextRequestBody>().FirstOrDefault() is { } text)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Description = text.Description,
                Required = true,
                Content = text.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
        }
        foreach (var described in metadata.OfType<ParameterDescription>())
        {
            Describe(operation, described);
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }
            if (ProblemMeanings.TryGetValue(status, out var meaning))
            {
                concrete.Description = meaning;
            }
            if (status == "201")
            {
                concrete.Description = "Created; Location gives the new resource's URL.";
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["Location"] = new OpenApiHeader
                {
                    Description = "Path of the created resource.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
                };
            }
            if (status == "204")
            {
                concrete.Description = "Done; no content.";
            }
        }
        return Task.CompletedTask;
    }

    private static string WhoMayCall(List<IAuthorizeData> authorize, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var roles = authorize
            .Select(a => a.Policy is null ? null : options.GetPolicy(a.Policy))
            .SelectMany(p => p?.Requirements.OfType<RolesAuthorizationRequirement>() ?? [])
            .Select(r => r.AllowedRoles.ToHashSet(StringComparer.Ordinal))
            .Aggregate((HashSet<string>?)null, (all, next) => all is null ? next : [.. all.Intersect(next, StringComparer.Ordinal)]);
        return roles is null ? "Who may call: any signed-in user." : $"Who may call: {string.Join(", ", roles.Order(StringComparer.Ordinal))}.";
    }

    private static void DescribePaging(OpenApiParameter parameter)
    {
        if (parameter.In != ParameterLocation.Query || parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }
        switch (parameter.Name)
        {
            case "page":
                parameter.Description = "1-based page number.";
                Bound(schema, 1, 1_000_000, 1);
                break;
            case "pageSize":
                parameter.Description = $"Items per page, at most {PageRequest.MaxPageSize}.";
                Bound(schema, 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize);
                break;
        }
    }

    private static void Bound(OpenApiSchema schema, int minimum, int maximum, int @default)
    {
        schema.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
        schema.Default = JsonValue.Create(@default);
    }

    private static void Describe(OpenApiOperation operation, ParameterDescription described)
    {
        if (!described.FreeForm)
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == described.Name)
                ?? throw new InvalidOperationException($"{operation.OperationId} describes a parameter '{described.Name}' it does not have.");
            parameter.Description = described.Description;
            return;
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = described.Name,
            In = ParameterLocation.Query,
            Description = described.Description,
            Style = ParameterStyle.Form,
            Explode = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String } },
        });
    }

    private static string Join(string? description, string line) =>
        string.IsNullOrWhiteSpace(description) ? line : $"{description}\n\n{line}";
}
