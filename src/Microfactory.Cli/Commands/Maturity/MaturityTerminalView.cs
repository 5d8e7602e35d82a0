using System.Globalization;
using Microfactory.Maturity.Evidence;
using Microfactory.Server.Features.Maturity;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// Draws a <see cref="MaturitySnapshot"/> in the terminal: levels as five-cell bars (claimed in blue, measured in
/// green), the figures behind each measured level under its row, gaps where the claim runs ahead in yellow. Without
/// colour (pipes, NO_COLOR) the same lines come out plain; without Unicode the bars are drawn with '#' and '.'.
/// </summary>
internal sealed class MaturityTerminalView(IAnsiConsole console, MaturitySnapshot snapshot)
{
    private const int LevelColumn = 13;
    private const string Indent = "  ";
    private const int FigureIndent = 6;

    private readonly bool _unicode = console.Profile.Capabilities.Unicode;

    public void Write()
    {
        WriteHeader();
        console.WriteLine();
        WriteLevels();
        console.WriteLine();
        WriteRoadmap();
        WriteHistory();
    }

    private void WriteHeader()
    {
        var s = snapshot;
        Line($"[bold]Maturity of {E(s.Factory.Name)}[/] ({E(s.Factory.Id)})");
        Line($"Model       {E(s.Model.Title)} {E(s.Model.Version)}");
        if (s.Assessment is { } a)
        {
            var which = s.History.Count > 0 && s.History[0].Id == a.Id ? "latest" : "named";
            Line($"Assessment  {E(a.Id)} by {E(a.AuthorName)} on {MaturityText.Date(a.CreatedAt)} ({which}; {s.HistoryTotal.ToString(CultureInfo.InvariantCulture)} kept)");
            if (a.Note is { } note)
            {
                Line($"Note        {E(OneLine(note))}");
            }
        }
        else
        {
            Line("Assessment  none yet: the roadmap starts from the measured levels");
        }
        Line($"Measured    {MaturityText.Date(s.Evidence.MeasuredAt)} from the platform's data");
        Line($"Index       self-assessed {MaturityText.Index(MaturityText.ClaimedIndex(s.Model, s.Assessment))} / 5, measured {MaturityText.Index(MaturityText.MeasuredIndex(s.Model, s.Evidence))} / 5");
    }

    private void WriteLevels()
    {
        var s = snapshot;
        var width = s.Model.Dimensions.Max(d => d.Name.Length);
        Line($"[bold]{E(Pad("Dimension", width + Indent.Length))}  {Pad("Self-assessed", LevelColumn)}  {Pad("Measured now", LevelColumn)}  Gap[/]");
        var claimed = s.Assessment?.Levels;
        foreach (var group in s.Model.Groups)
        {
            Line($"[bold]{E(group.Name)}[/]");
            foreach (var d in s.Model.Dimensions.Where(d => d.GroupId == group.Id))
            {
                var evidence = s.Evidence.Dimensions.First(e => e.DimensionId == d.Id);
                int? mine = claimed is not null && claimed.TryGetValue(d.Id, out var c) ? c : null;
                var gap = MaturityText.Gap(mine, evidence.MeasuredLevel);
                var gapText = MaturityText.GapText(gap);
                var gapMarkup = gap > 0 ? $"[yellow]{gapText}[/]" : gap < 0 ? $"[green]{gapText}[/]" : gapText;
                Line($"{Indent}{E(Pad(d.Name, width))}  {LevelCell(mine, "blue", "not assessed")}  {LevelCell(evidence.MeasuredLevel, "green", "no data yet")}  {gapMarkup}");
                foreach (var text in FigureLines(evidence))
                {
                    Indented(FigureIndent, text, "grey");
                }
            }
        }
    }

    private static IEnumerable<string> FigureLines(DimensionEvidence evidence)
    {
        if (evidence.Figures.IsEmpty)
        {
            return [evidence.NoDataReason!];
        }
        return evidence.Figures.Select(MaturityText.Figure);
    }

    private void WriteRoadmap()
    {
        var r = snapshot.Roadmap;
        var steps = r.Roadmap.Steps;
        var from = r.BasedOn is null ? "the measured levels" : "the assessment";
        Line($"[bold]Roadmap to {E(r.Profile.Name)}[/] ({E(r.Profile.Id)}) from {from}: {steps.Length.ToString(CultureInfo.InvariantCulture)} step(s), index {MaturityText.Index(r.Roadmap.IndexNow)} now, {MaturityText.Index(r.Roadmap.IndexAtTarget)} at target");
        if (steps.IsEmpty)
        {
            Line($"{Indent}Every dimension is at the target of the profile {E(r.Profile.Name)}.");
        }
        var number = steps.IsEmpty ? 0 : steps.Max(x => x.Rank).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var step in steps)
        {
            var reason = MaturityText.Reason(step.Reason);
            var badge = step.Reason switch
            {
                Microfactory.Maturity.Roadmaps.StepReason.EvidenceGap => $"[yellow]{reason}[/]",
                Microfactory.Maturity.Roadmaps.StepReason.Prerequisite => $"[aqua]{reason}[/]",
                _ => reason,
            };
            var rank = step.Rank.ToString(CultureInfo.InvariantCulture).PadLeft(number);
            Line($"{Indent}{rank}. [bold]{E(step.DimensionName)}[/] level {step.FromLevel.ToString(CultureInfo.InvariantCulture)} {Arrow} {step.ToLevel.ToString(CultureInfo.InvariantCulture)} ({badge})");
            var under = Indent.Length + number + 2;
            Indented(under, OneLine(step.Action));
            Indented(under, $"Expected effect: {OneLine(step.Effect)}");
            if (step.NeededFor.Length > 0)
            {
                Indented(under, $"Needed for: {string.Join(", ", step.NeededFor)}");
            }
            Indented(under, MaturityText.Where(step));
        }
        if (r.Progress is { } progress)
        {
            var moves = MaturityText.Moves(snapshot.Model, progress).ToList();
            Indented(0, $"Progress since {r.Previous!.Id} of {MaturityText.Date(r.Previous.CreatedAt)}: self-assessed index {MaturityText.Index(progress.IndexFrom)} {Arrow} {MaturityText.Index(progress.IndexTo)}; "
                + (moves.Count == 0 ? "no level moved." : string.Join(", ", moves) + "."));
        }
    }

    private void WriteHistory()
    {
        var s = snapshot;
        if (s.History.Count == 0)
        {
            return;
        }
        console.WriteLine();
        Line($"[bold]History[/]: {s.HistoryTotal.ToString(CultureInfo.InvariantCulture)} assessment(s), newest first");
        const int Shown = 10;
        var idWidth = s.History.Take(Shown).Max(a => a.Id.Length);
        foreach (var a in s.History.Take(Shown))
        {
            var mark = a.Id == s.Assessment?.Id ? "*" : " ";
            Line($"{Indent}{mark} {MaturityText.Date(a.CreatedAt)}  {E(Pad(a.Id, idWidth))}  self-assessed {MaturityText.Index(MaturityText.ClaimedIndex(s.Model, a))}  by {E(a.AuthorName)}");
        }
        if (s.HistoryTotal > Shown)
        {
            Line($"{Indent}  … {(s.HistoryTotal - Shown).ToString(CultureInfo.InvariantCulture)} more: the /maturity page and GET /api/v1/factories/{E(s.Factory.Id)}/maturity/assessments list them all");
        }
    }

    /// <summary>A level as a bar of five cells and its number, padded to the column; the text when there is no level.</summary>
    private string LevelCell(int? level, string colour, string none)
    {
        if (level is not { } l)
        {
            return $"[grey]{Pad(none, LevelColumn)}[/]";
        }
        var (full, empty) = _unicode ? ('█', '░') : ('#', '.');
        var bar = $"[{colour}]{new string(full, l)}[/][grey]{new string(empty, 5 - l)}[/] {l.ToString(CultureInfo.InvariantCulture)}";
        return bar + new string(' ', LevelColumn - 7);
    }

    private string Arrow => _unicode ? "→" : "->";

    private void Line(string markup) => console.MarkupLine(markup);

    /// <summary>
    /// Plain text wrapped at word boundaries to the console's width under its own indent (a hanging indent), so long
    /// figures and steps stay readable; each line gets <paramref name="style"/> and no trailing blanks.
    /// </summary>
    private void Indented(int indent, string text, string? style = null)
    {
        var room = Math.Max(40, console.Profile.Width - indent - 1);
        var prefix = new string(' ', indent);
        foreach (var part in Wrap(text, room))
        {
            Line(prefix + (style is null ? E(part) : $"[{style}]{E(part)}[/]"));
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Pad(string text, int width) => text.PadRight(width);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string E(string text) => Markup.Escape(text);
}
