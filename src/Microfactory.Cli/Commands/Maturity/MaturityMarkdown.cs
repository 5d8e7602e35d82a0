using System.Globalization;
using System.Text;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// <c>mf maturity export --format markdown</c>: the report of the /maturity/report page as Markdown (GitHub tables):
/// the levels with gap and figures, the answers, the roadmap with its links, the progress and the history.
/// </summary>
internal static class MaturityMarkdown
{
    public static string Write(MaturitySnapshot s)
    {
        var a = s.Assessment!;
        var r = s.Roadmap;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Maturity report: {Text(s.Factory.Name)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Factory: {Text(s.Factory.Name)} (`{s.Factory.Id}`)\n");
        md.Append(CultureInfo.InvariantCulture, $"- Model: {Text(s.Model.Title)} {Text(s.Model.Version)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Assessment: `{a.Id}` by {Text(a.AuthorName)} on {MaturityText.Date(a.CreatedAt)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Evidence measured: {MaturityText.Date(s.Evidence.MeasuredAt)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Index: self-assessed {MaturityText.Index(MaturityText.ClaimedIndex(s.Model, a))} / 5, measured {MaturityText.Index(MaturityText.MeasuredIndex(s.Model, s.Evidence))} / 5\n");
        md.Append(CultureInfo.InvariantCulture, $"- Target profile: {Text(r.Profile.Name)} (`{r.Profile.Id}`)\n");
        if (a.Note is { } note)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n> {Text(note)}\n");
        }

        md.Append("\n## Levels\n\n| Group | Dimension | Self-assessed | Measured now | Gap | Evidence |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        var levels = a.Levels;
        // Grouped as in 'mf maturity show': process, technology, organisation.
        foreach (var d in s.Model.Groups.SelectMany(g => s.Model.Dimensions.Where(d => d.GroupId == g.Id)))
        {
            var evidence = s.Evidence.Dimensions.First(e => e.DimensionId == d.Id);
            int? claimed = levels.TryGetValue(d.Id, out var c) ? c : null;
            var group = s.Model.Groups.First(g => g.Id == d.GroupId).Name;
            var behind = evidence.Figures.IsEmpty ? [evidence.NoDataReason!] : evidence.Figures.Select(MaturityText.Figure);
            md.Append(CultureInfo.InvariantCulture,
                $"| {Text(group)} | {Text(d.Name)} | {MaturityText.Level(claimed)} | {(evidence.MeasuredLevel is { } m ? m.ToString(CultureInfo.InvariantCulture) : "no data yet")} | {MaturityText.GapText(MaturityText.Gap(claimed, evidence.MeasuredLevel))} | {string.Join("<br>", behind.Select(Text))} |\n");
        }

        md.Append("\n## Answers\n\n");
        foreach (var d in s.Model.Dimensions)
        {
            var answer = a.Answers.FirstOrDefault(x => x.DimensionId == d.Id);
            md.Append(CultureInfo.InvariantCulture, $"- **{Text(d.Name)}**: ");
            md.Append(answer is null ? "not assessed" : $"level {answer.Level.ToString(CultureInfo.InvariantCulture)}: {Text(d.Levels[answer.Level].Does)}");
            if (answer?.MeasuredLevel is { } then)
            {
                md.Append(CultureInfo.InvariantCulture, $" (measured {then} when assessed)");
            }
            md.Append('\n');
            if (answer?.Note is { } why)
            {
                md.Append(CultureInfo.InvariantCulture, $"  - Note: {Text(why)}\n");
            }
            if (answer?.EvidenceLink is { } link)
            {
                md.Append(CultureInfo.InvariantCulture, $"  - Evidence: {Text(link)}\n");
            }
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## Roadmap to {Text(r.Profile.Name)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Index {MaturityText.Index(r.Roadmap.IndexNow)} now, {MaturityText.Index(r.Roadmap.IndexAtTarget)} at target.\n\n");
        if (r.Roadmap.Steps.IsEmpty)
        {
            md.Append(CultureInfo.InvariantCulture, $"Every dimension is at the target of the profile {Text(r.Profile.Name)}.\n");
        }
        foreach (var step in r.Roadmap.Steps)
        {
            md.Append(CultureInfo.InvariantCulture, $"{step.Rank}. **{Text(step.DimensionName)}**, level {step.FromLevel} → {step.ToLevel} ({MaturityText.Reason(step.Reason)}): {Text(step.Action)}\n");
            md.Append(CultureInfo.InvariantCulture, $"   - Expected effect: {Text(step.Effect)}\n");
            if (step.NeededFor.Length > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"   - Needed for: {Text(string.Join(", ", step.NeededFor))}\n");
            }
            md.Append(CultureInfo.InvariantCulture, $"   - {(step.Link is { } path ? $"{(path.StartsWith("/api/v1/", StringComparison.Ordinal) ? "API" : "Page")}: [{Text(step.LinkLabel ?? path)}]({path})" : $"Planned capability: {Text(step.Planned ?? "")}")}\n");
        }

        if (r.Progress is { } progress)
        {
            var moves = MaturityText.Moves(s.Model, progress).ToList();
            md.Append(CultureInfo.InvariantCulture, $"\n## Progress since {MaturityText.Date(r.Previous!.CreatedAt)}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"Self-assessed index {MaturityText.Index(progress.IndexFrom)} → {MaturityText.Index(progress.IndexTo)} (from `{r.Previous.Id}` to `{a.Id}`): {(moves.Count == 0 ? "no level moved" : Text(string.Join(", ", moves)))}.\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## History\n\n{s.HistoryTotal} assessment(s), newest first.\n\n| Date | Assessment | Author | Self-assessed index |\n| --- | --- | --- | ---: |\n");
        foreach (var h in s.History)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {MaturityText.Date(h.CreatedAt)} | `{h.Id}` | {Text(h.AuthorName)} | {MaturityText.Index(MaturityText.ClaimedIndex(s.Model, h))} |\n");
        }
        return md.ToString();
    }

    /// <summary>Text on one line with Markdown's own characters escaped, so it reads as written (a '|' would end a table cell).</summary>
    private static string Text(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var escaped = new StringBuilder(line.Length);
        foreach (var ch in line)
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }
            escaped.Append(ch);
        }
        return escaped.ToString();
    }
}
