using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT v3 Action Events: <c>POST /3/events</c> takes a CloudEvent (structured JSON). An accepted event is answered
/// with 200 and an empty body; a RequestCreatedEvent is then answered asynchronously by <see cref="PactAnswerWorker"/>.
/// A malformed event, or a request we could not answer, is a 400 BadRequest (NotImplemented for an unknown type).
/// </summary>
internal static class PactEventsApi
{
    public static RouteGroupBuilder MapPactEventsApi(this RouteGroupBuilder pact)
    {
        pact.MapPost("/events", PostAsync).WithDisplayName("PACT Events").DisableAntiforgery();
        return pact;
    }

    private static async Task<IResult> PostAsync(HttpContext context, PactEventService events, IOptions<MicrofactoryOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.Limits.MaxJsonBodyBytes;
        var body = await ReadBoundedAsync(context.Request, limit, cancellationToken);
        if (body is null)
        {
            context.Response.Headers.Connection = "close";
            return PactErrors.Result(StatusCodes.Status413PayloadTooLarge, "BadRequest", $"The event is larger than {limit} bytes, the most this host accepts.");
        }
        var (inbound, problem, unknownType) = PactEventReader.Read(body.Value, context.Request.ContentType);
        if (inbound is null)
        {
            return unknownType ? PactErrors.NotImplemented(problem!) : PactErrors.BadRequest(problem!);
        }
        var request = context.Request;
        var replySource = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var refused = await events.AcceptAsync(PactBearer.Client(context), inbound, replySource, cancellationToken);
        return refused is null ? Results.Ok() : PactErrors.BadRequest(refused);
    }

    /// <summary>The body, or null when it is over <paramref name="limit"/> bytes (JSON bodies were already bounded by RequestChecks; others are here).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
