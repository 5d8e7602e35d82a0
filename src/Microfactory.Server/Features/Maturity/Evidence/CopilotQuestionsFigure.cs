using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// copilot.questions-per-week: the copilot's questions answered (an answer, a draft or a proposal; not "no data", "not
/// allowed", a question back or one it did not understand) in the last 7 days. The copilot serves one factory (its
/// <c>FactoryId</c>), so every question counts for the factory assessed.
/// </summary>
internal sealed class CopilotQuestionsFigure : IEvidenceFigure
{
    public string Figure => "copilot.questions-per-week";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Answered, long Asked)>(
            "SELECT count(CASE WHEN answered = 1 THEN 1 END), count(*) FROM copilot_usage WHERE asked_at_ms >= @since AND asked_at_ms <= @until",
            new { since = q.DaysAgoMs(7), until = q.NowMs });
        return FigureReading.Count(Figure, row.Answered, row.Asked == 0
            ? "Nobody asked the copilot anything in the last 7 days."
            : $"The copilot answered {row.Answered} of the {row.Asked} questions asked in the last 7 days.");
    }
}
