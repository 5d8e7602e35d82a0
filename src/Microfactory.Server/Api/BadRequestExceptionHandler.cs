using System.Text.Json;
using System.Text.RegularExpressions;
using Microfactory.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace Microfactory.Server.Api;

/// <summary>
/// Turns request-binding failures (malformed JSON, a string where a number belongs, an unknown field,
/// an unparsable query value) into 400 problem details that name the field, instead of an empty 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var error = Describe(badRequest);
        logger.LogInformation("Refused a malformed request to {Path}: {Field}: {Message}", httpContext.Request.Path, error.Field, error.Message);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var result = badRequest.StatusCode == StatusCodes.Status400BadRequest
            ? ApiResults.Validation([error])
            : TypedResults.Problem(title: "Bad request", detail: error.Message, statusCode: badRequest.StatusCode);
        await result.ExecuteAsync(httpContext);
        return true;
    }

    internal static FieldError Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            // The reader's own exception type is internal; its presence means the text is not JSON at all.
            if (json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null or "$")
            {
                return new FieldError("body", $"The body is not valid JSON (line {(json.LineNumber ?? 0) + 1}, byte {(json.BytePositionInLine ?? 0) + 1}).");
            }
            var field = FieldFromJsonPath(json.Path);
            if (json is TextRuleException text)
            {
                return new FieldError(field, $"{field} {text.Rule}");
            }
            if (json.Message.Contains("could not be mapped", StringComparison.Ordinal))
            {
                return new FieldError(field, $"{field} is not a known field.");
            }
            // Say what the field takes: a person who sent 800 for a parameter learns to send "800 mm".
            var expected = ExpectedType(json.Message, field) switch
            {
                null => null,
                { IsEnum: true } e => "one of " + string.Join(", ", Enum.GetNames(e).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n))),
                { IsGenericType: true } d when d.Name.Contains("Dictionary", StringComparison.Ordinal) => "an object",
                { IsArray: true } or { IsGenericType: true } => "a list",
                var t => Describe(t.Name),
            };
            return expected switch
            {
                null => new FieldError(field, $"{field} has the wrong type or format."),
                "a text" when field.Contains(".parameters.", StringComparison.Ordinal) || field.StartsWith("parameters.", StringComparison.Ordinal) =>
                    new FieldError(field, $"{field} must be a text: the value as typed, with its unit where it has one, such as \"800 mm\"."),
                _ => new FieldError(field, $"{field} has the wrong type or format: it must be {expected}."),
            };
        }
        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            return new FieldError(name, $"{name} has the wrong type or format: '{parameter.Groups["value"].Value}' is not {Describe(parameter.Groups["type"].Value)}.");
        }
        if (exception.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return new FieldError("body", "The request needs a JSON body.");
        }
        return new FieldError("body", exception.Message);
    }

    private static string Describe(string clrType) => clrType.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "Int32" or "long" or "Int64" => "a whole number",
        "double" or "Double" or "decimal" or "Decimal" => "a number",
        "bool" or "Boolean" => "true or false",
        "DateTimeOffset" or "DateTime" => "an ISO 8601 date and time",
        "DateOnly" => "an ISO 8601 date (yyyy-mm-dd)",
        "String" or "string" => "a text",
        var other => $"a valid {other}",
    };

    private static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    /// <summary>
    /// The type the field takes, from System.Text.Json's wording: "could not be converted to T", where T is the field's
    /// own type for a collection value and the record holding the field for a constructor parameter. Null when unknown.
    /// </summary>
    private static Type? ExpectedType(string message, string field)
    {
        if (ConvertedTo().Match(message) is not { Success: true } match)
        {
            return null;
        }
        var named = typeof(BadRequestExceptionHandler).Assembly.GetType(match.Groups["type"].Value) ?? Type.GetType(match.Groups["type"].Value);
        if (named is null)
        {
            return null;
        }
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        leaf = leaf.Contains('[', StringComparison.Ordinal) ? leaf[..leaf.IndexOf('[', StringComparison.Ordinal)] : leaf;
        var property = named.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            ? null
            : named.GetProperties().FirstOrDefault(p => string.Equals(p.Name, leaf, StringComparison.OrdinalIgnoreCase));
        var type = property?.PropertyType ?? named;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    // System.Text.Json's wording: "The JSON value could not be converted to System.String. Path: $.x | ..."
    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\],]+?)\. Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex("""parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>[^"]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
