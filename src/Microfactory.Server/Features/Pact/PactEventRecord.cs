namespace Microfactory.Server.Features.Pact;

/// <summary>
/// An event a client posted and we accepted, with its answer when it is a request: <see cref="AnswerState"/> is
/// <c>none</c> (nothing to answer), <c>pending</c>, <c>delivered</c>, <c>failed</c> (refused for good) or <c>abandoned</c>
/// (not delivered within 72 hours).
/// </summary>
internal sealed record PactEventRecord(
    string Id,
    string ClientId,
    string EventType,
    string EventId,
    string Source,
    DateTimeOffset EventTime,
    DateTimeOffset ReceivedAt,
    string DataJson,
    string ReplySource,
    string AnswerState,
    string? AnswerType,
    string? AnswerJson,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset? AnsweredAt)
{
    public const string None = "none";
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Abandoned = "abandoned";
}
