using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Api;

/// <summary>
/// What every request must satisfy before authentication and any endpoint see it, so no endpoint can forget it:
/// a request target and headers within <see cref="LimitsOptions"/> (414, 431); a JSON body in UTF-8 (415) and within
/// the JSON body limit (413); no control characters in route values, the query string or form fields (400 naming
/// the field). JSON bodies are checked inside the serializer (<see cref="SingleLineTextConverter"/>).
/// </summary>
internal sealed class RequestChecks(RequestDelegate next, IOptions<MicrofactoryOptions> options, ILogger<RequestChecks> logger)
{
    private readonly LimitsOptions _limits = options.Value.Limits;

    public async Task InvokeAsync(HttpContext context)
    {
        if (await RefusedAsync(context))
        {
            return;
        }
        await next(context);
    }

    private async Task<bool> RefusedAsync(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value + request.QueryString.Value;
        if (target.Length > _limits.MaxUrlLength)
        {
            return await RefuseAsync(context, StatusCodes.Status414UriTooLong, "URI too long", "url",
                $"The request target is {target.Length} characters long; at most {_limits.MaxUrlLength} are accepted.");
        }
        var headerBytes = HeaderBytes(request.Headers);
        if (headerBytes > _limits.MaxRequestHeadersBytes)
        {
            return await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", "headers",
                $"The request headers take {headerBytes} bytes; at most {_limits.MaxRequestHeadersBytes} are accepted.");
        }
        if (TextInUrl(context) is { } urlError)
        {
            return await RefuseAsync(context, urlError.Field, urlError.Message);
        }
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is not { CanHaveBody: true })
        {
            return false;
        }
        if (JsonBodies.IsJson(request.ContentType, out var charset))
        {
            return await RefusedJsonAsync(context, charset);
        }
        if (request.HasFormContentType)
        {
            return await RefusedFormAsync(context);
        }
        return false;
    }

    /// <summary>A JSON body must be UTF-8 (RFC 8259) and fit the JSON limit; it is read here, so an oversized one is a 413 whatever the endpoint.</summary>
    private async Task<bool> RefusedJsonAsync(HttpContext context, string? charset)
    {
        var request = context.Request;
        if (charset is not null && !JsonBodies.IsUtf8(charset))
        {
            return await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                $"Content-Type names charset '{charset}': JSON bodies must be UTF-8 (send 'application/json' or 'application/json; charset=utf-8').");
        }
        request.ContentType = JsonBodies.Normalised(request.ContentType);
        var limit = _limits.MaxJsonBodyBytes;
        if (request.ContentLength > limit)
        {
            return await TooLargeAsync(context, limit);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        request.EnableBuffering(bufferThreshold: (int)Math.Min(limit, int.MaxValue), bufferLimit: limit);
        try
        {
            await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? await TooLargeAsync(context, limit)
                : await RefuseAsync(context, ex.StatusCode, "Bad request", "body", ex.Message);
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return await TooLargeAsync(context, limit); // the buffer's own limit, where the server's could not be set
        }
        request.Body.Position = 0;
        return false;
    }

    private async Task<bool> RefusedFormAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _limits.MaxRequestBodyBytes)
        {
            return await TooLargeAsync(context, _limits.MaxRequestBodyBytes);
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await TooLargeAsync(context, _limits.MaxRequestBodyBytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
        {
            // The form reader refuses %00 and forms over its limits with these.
            return await RefuseAsync(context, "body", ex.Message.Contains("characters", StringComparison.Ordinal)
                ? "Form fields must not contain control characters (found U+0000 (NUL))."
                : $"The form could not be read: {ex.Message}");
        }
        foreach (var (name, values) in form)
        {
            if (TextRules.Check("form field name", name) is { } nameError)
            {
                return await RefuseAsync(context, "body", nameError);
            }
            foreach (var value in values)
            {
                // Text areas send line breaks; everything else a form may hold is one line.
                if (TextRules.Check(name, value, multiLine: true) is { } valueError)
                {
                    return await RefuseAsync(context, name, valueError);
                }
            }
        }
        return false;
    }

    /// <summary>Route values first (they name the field), then the rest of the path, then the query string.</summary>
    private static (string Field, string Message)? TextInUrl(HttpContext context)
    {
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && TextRules.Check(name, text) is { } message)
            {
                return (name, message);
            }
        }
        if (TextRules.Check("path", context.Request.Path.Value) is { } pathMessage)
        {
            return ("path", pathMessage);
        }
        foreach (var (name, values) in context.Request.Query)
        {
            if (TextRules.Check("query parameter name", name) is { } nameMessage)
            {
                return ("query", nameMessage);
            }
            foreach (var value in values)
            {
                if (TextRules.Check(name, value) is { } message)
                {
                    return (name, message);
                }
            }
        }
        return null;
    }

    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0) + 4; // "name: value\r\n"
            }
        }
        return total;
    }

    private Task<bool> TooLargeAsync(HttpContext context, long limit) =>
        RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", "body",
            $"The request body is larger than {limit} bytes, the most this server accepts for it.");

    private async Task<bool> RefuseAsync(HttpContext context, string field, string message)
    {
        logger.LogInformation("Refused a request to {Path}: {Field}: {Message}", context.Request.Path, field, message);
        await Problems.InvalidAsync(context, field, message);
        return true;
    }

    private async Task<bool> RefuseAsync(HttpContext context, int status, string title, string field, string detail)
    {
        logger.LogInformation("Refused a request to {Path} with {Status}: {Detail}", context.Request.Path, status, detail);
        // The body was not (fully) read: make the client open a new connection rather than parse the rest as a request.
        context.Response.Headers.Connection = "close";
        await Problems.StatusAsync(context, status, title, field, detail);
        return true;
    }
}
