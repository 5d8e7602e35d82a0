using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Microfactory.Server.Api;

/// <summary>
/// The document's title, the tags' descriptions and the API-key bearer scheme. Each operation that
/// needs a key names the scheme itself (<see cref="OperationConventionsTransformer"/>), so an
/// anonymous operation would not claim to need one.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "apiKey";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Factories"] = "Sites: time zone, currency, location and the 24-hour energy profile (tariff and grid carbon intensity).",
        ["Capabilities"] = "The vocabulary of what machines can do and routing steps need.",
        ["Machines"] = "Machines of a factory: capabilities, power draw, hourly rate and working calendar.",
        ["Suppliers"] = "Where materials come from, with lead time and an optional PACT endpoint.",
        ["Materials"] = "Materials with price, unit, emission factor (and its source) and circularity data.",
        ["Customers"] = "Customers; a customer user sees and changes only its own record.",
        ["Orders"] = "Orders of configured products; a customer user places and follows only its own.",
        ["Users"] = "User accounts, the signed-in user and API keys.",
        ["Templates"] = "The design catalogue: parametric templates, their versions, designs and geometry files.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Microfactory API";
        document.Info.Description =
            "Factories, machines, materials, suppliers, customers, orders, users and the design catalogue of a Microfactory. " +
            "Authenticate with `Authorization: Bearer <api key>`. Errors are RFC 9457 problem details (application/problem+json); " +
            "a 400 lists every bad field under `errors` with the rule it breaks. Lists are paged with `page` and `pageSize`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key created with POST /api/v1/api-keys or configured as Microfactory:Bootstrap:AdminApiKey.",
        };
        foreach (var server in document.Servers ?? [])
        {
            // The generator writes the request's base URL with its trailing slash; paths start with one already.
            server.Url = server.Url?.TrimEnd('/');
        }
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
        return Task.CompletedTask;
    }
}
