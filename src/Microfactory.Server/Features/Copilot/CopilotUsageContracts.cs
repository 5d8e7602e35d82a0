namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// GET /api/v1/copilot/usage: the questions asked in the last <see cref="Days"/> local days of the copilot's factory (from
/// its midnight <see cref="From"/> to <see cref="To"/>, now). answered counts answers, drafts and proposals (not "no data",
/// "not allowed", questions back or ones not understood); latencies are milliseconds from question to answer.
/// </summary>
internal sealed record CopilotUsageResponse(
    int Days, DateTimeOffset From, DateTimeOffset To, int Questions, int Answered, double? MedianLatencyMs,
    IReadOnlyList<CopilotUsageDay> PerDay, IReadOnlyList<CopilotUsageRole> ByRole, IReadOnlyList<CopilotUsageKind> ByKind);

/// <summary>One local day (yyyy-MM-dd), oldest first; every day of the window is listed, with zeros when nobody asked.</summary>
internal sealed record CopilotUsageDay(string Date, int Questions, int Answered);

/// <summary>The questions of one role (admin, planner, operator, designer, customer), most asked first.</summary>
internal sealed record CopilotUsageRole(string Role, int Questions, int Answered, double? MedianLatencyMs);

/// <summary>The answers of one kind (answer, draft, proposal, noData, notAllowed, clarify, notUnderstood), most first.</summary>
internal sealed record CopilotUsageKind(string Kind, int Questions);
