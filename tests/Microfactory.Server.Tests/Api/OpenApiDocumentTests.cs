using System.Text.Json.Nodes;
using Microfactory.Server.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Microfactory.Server.Tests.Api;

/// <summary>
/// The OpenAPI document as a document: valid OpenAPI, every /api/v1 endpoint of the running app in it
/// with a summary and responses, and the conventions a client relies on stated where they apply.
/// What the endpoints really answer is checked against it in <see cref="OpenApiContractTests"/>.
/// </summary>
public sealed class OpenApiDocumentTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    private async Task<OpenApiContract> ContractAsync()
    {
        using var client = _host.Anonymous();
        return await OpenApiContract.LoadAsync(client);
    }

    [Fact]
    public async Task Document_ReadByMicrosoftOpenApi_IsValidOpenApi31WithoutErrors()
    {
        var contract = await ContractAsync();
        var read = OpenApiDocument.Parse(contract.Text, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic?.SpecificationVersion);
        var document = read.Document!;
        var problems = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Pointer}: {p.Message}")));
        Assert.Equal(contract.Operations.Count, document.Paths.Sum(p => p.Value.Operations?.Count ?? 0));
    }

    [Fact]
    public async Task Endpoints_EveryApiEndpoint_IsAnOperationWithASummary()
    {
        var contract = await ContractAsync();
        var documented = contract.Operations.ToDictionary(o => $"{o.Method} {o.Path}", StringComparer.Ordinal);
        var endpoints = AccessTests.ApiEndpoints(_host)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {Normalise(e.RoutePattern)}"))
            .ToList();
        Assert.True(endpoints.Count >= 39, $"Expected the whole API, found {endpoints.Count} endpoints.");
        var missing = endpoints.Where(e => !documented.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from /openapi/v1.json: " + string.Join(", ", missing));
        var extra = documented.Keys.Except(endpoints, StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, "Operations of no endpoint: " + string.Join(", ", extra));
        var unsummarised = contract.Operations.Where(o => string.IsNullOrWhiteSpace(o.Node["summary"]?.GetValue<string>())).ToList();
        Assert.True(unsummarised.Count == 0, "Operations without a summary: " + string.Join(", ", unsummarised));
    }

    [Fact]
    public async Task Operations_Every_DocumentsItsSuccessAndProblemsWithSchemas()
    {
        var contract = await ContractAsync();
        var failures = new List<string>();
        foreach (var operation in contract.Operations)
        {
            var responses = operation.Node["responses"]!.AsObject();
            if (!responses.Any(r => r.Key.StartsWith('2')))
            {
                failures.Add($"{operation.Id} documents no success.");
            }
            var isPublic = operation.Node["security"]?.AsArray().Any(r => r!.AsObject().Count == 0) == true;
            // The AAS API answers errors in its specification's Result shape, not as problems.
            var isAas = operation.Path.StartsWith("/api/v1/aas/", StringComparison.Ordinal);
            if (!responses.ContainsKey("401") && !isPublic)
            {
                failures.Add($"{operation.Id} does not document 401.");
            }
            foreach (var (status, response) in responses)
            {
                var content = response!["content"]?.AsObject();
                if (status == "204")
                {
                    continue;
                }
                if (content is not { Count: > 0 } || content.Any(c => c.Value?["schema"] is null))
                {
                    failures.Add($"{operation.Id} {status} has no body schema.");
                    continue;
                }
                if (isAas && status[0] is '4')
                {
                    if (content["application/json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/AasResult")
                    {
                        failures.Add($"{operation.Id} {status} is not the AAS API's Result.");
                    }
                    continue;
                }
                if (status[0] is '4' && (content.Count != 1 || content["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() is not
                        ("#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails")))
                {
                    failures.Add($"{operation.Id} {status} is not an application/problem+json problem.");
                }
                if (status is "400" && content["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/HttpValidationProblemDetails")
                {
                    failures.Add($"{operation.Id} 400 is not a validation problem.");
                }
            }
            if (operation.Node["security"]?.AsArray().Any(r => r!["apiKey"] is not null) != true)
            {
                failures.Add($"{operation.Id} does not require the bearer API key.");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var scheme = contract.Document["components"]!["securitySchemes"]!["apiKey"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagedOperations_DocumentPageAndPageSizeWithTheirBounds()
    {
        var contract = await ContractAsync();
        var paged = contract.Operations
            .Where(o => o.Node["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>()?.Contains("PagedResponseOf", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(paged.Count >= 8, $"Expected every list to be paged, found {paged.Count}.");
        foreach (var operation in paged)
        {
            var parameters = operation.Node["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
            AssertBounds(operation, parameters["page"], 1, 1_000_000, 1);
            AssertBounds(operation, parameters["pageSize"], 1, 200, 50);
        }
    }

    [Fact]
    public async Task PublishTemplate_TakesTheYamlDocumentAsAStringBody()
    {
        var publish = (await ContractAsync())["PublishTemplate"];
        var content = publish.Node["requestBody"]!["content"]!.AsObject();
        Assert.True(publish.Node["requestBody"]!["required"]!.GetValue<bool>());
        Assert.Contains("application/yaml", content.Select(c => c.Key));
        Assert.Contains("text/yaml", content.Select(c => c.Key));
        Assert.All(content, c => Assert.Equal("string", c.Value!["schema"]!["type"]!.GetValue<string>()));
        Assert.Equal("#/components/schemas/TemplateSummaryResponse", publish.Node["responses"]!["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.True(publish.Node["responses"]!["201"]!["headers"]!["Location"]!["required"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InputSchemas_OptionalFieldsAreNotRequiredAndRequiredOnesAreNotNullable()
    {
        var schemas = (await ContractAsync()).Document["components"]!["schemas"]!;
        var factory = schemas["FactoryInput"]!;
        var required = factory["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.DoesNotContain("id", required);
        Assert.Contains("name", required);
        Assert.Equal("string", factory["properties"]!["name"]!["type"]!.GetValue<string>());
        Assert.Contains("null", factory["properties"]!["id"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));

        var material = schemas["MaterialInput"]!;
        Assert.DoesNotContain("densityKgPerM3", material["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("#/components/schemas/Recyclability", material["properties"]!["recyclability"]!["$ref"]!.GetValue<string>());
        Assert.Null(schemas["DesignInput"]!["required"]);

        var customer = schemas["CustomerResponse"]!;
        Assert.Contains("company", customer["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("null", customer["properties"]!["company"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    private static void AssertBounds(OpenApiContract.Operation operation, JsonNode parameter, int minimum, int maximum, int @default)
    {
        var schema = parameter["schema"]!;
        Assert.True(schema["minimum"]?.GetValue<int>() == minimum && schema["maximum"]?.GetValue<int>() == maximum && schema["default"]?.GetValue<int>() == @default,
            $"{operation.Id}: {parameter.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>()), $"{operation.Id}: {parameter["name"]} has no description");
    }

    /// <summary>A route pattern as the document writes it: no trailing slash, no constraints.</summary>
    private static string Normalise(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart q => "{" + q.Name + "}",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
            _ => "",
        }))));
}
