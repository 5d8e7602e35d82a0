namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// One question the copilot answered, without its text (see <c>0022_copilot_usage.sql</c>): when (the factory's clock), who
/// and in which role, which engine, the answer's kind and language, and how long it took.
/// </summary>
internal sealed record CopilotUsage(DateTimeOffset AskedAt, string UserId, string Role, string Engine, string Kind, string Language, long LatencyMs)
{
    /// <summary>The kinds that answer the question (with facts, a draft or a proposal); noData, notAllowed, clarify and notUnderstood do not.</summary>
    public static IReadOnlyList<string> AnsweredKinds { get; } = ["answer", "draft", "proposal"];

    public bool Answered => AnsweredKinds.Contains(Kind);
}
