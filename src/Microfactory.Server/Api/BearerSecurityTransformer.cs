using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Microfactory.Server.Api;

/// <summary>Declares the API-key bearer scheme in the OpenAPI document so clients know how to authenticate.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Microfactory API";
        document.Info.Description = "Factories, machines, materials, suppliers, customers and orders of a Microfactory. Authenticate with 'Authorization: Bearer <api key>'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key created with POST /api/v1/api-keys or configured as Microfactory:Bootstrap:AdminApiKey.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] });
        return Task.CompletedTask;
    }
}
