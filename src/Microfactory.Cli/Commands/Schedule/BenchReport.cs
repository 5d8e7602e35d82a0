using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary>Renders benchmark rows as a console table or Markdown, with the summary line.</summary>
internal static class BenchReport
{
    public static Table ToTable(IReadOnlyList<BenchRow> rows)
    {
        var table = new Table().AddColumns("instance", "best known", "ours", "gap %", "s to best");
        foreach (var row in rows)
        {
            table.AddRow(Cells(row));
        }
        return table;
    }

    public static string Summary(IReadOnlyList<BenchRow> rows)
    {
        var gaps = rows.Where(r => r.GapPercent.HasValue).Select(r => r.GapPercent!.Value).ToList();
        var atBest = rows.Count(r => r.BestKnown.HasValue && r.Ours <= r.BestKnown.Value);
        var mean = gaps.Count == 0 ? 0 : gaps.Average();
        var infeasible = rows.Count(r => !r.Feasible);
        return string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} instances; mean gap {mean:0.00} % over {gaps.Count} with a best known value; {atBest} at the best known value; median seconds to best {Median(rows.Select(r => r.SecondsToBest)):0.00}; infeasible {infeasible}");
    }

    public static string ToMarkdown(IReadOnlyList<BenchRow> rows, string title)
    {
        var builder = new StringBuilder();
        builder.Append("## ").AppendLine(title).AppendLine();
        builder.AppendLine("| instance | best known | ours | gap % | s to best |");
        builder.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            builder.Append("| ").AppendJoin(" | ", Cells(row)).AppendLine(" |");
        }
        builder.AppendLine().AppendLine(Summary(rows));
        return builder.ToString();
    }

    private static string[] Cells(BenchRow row) =>
    [
        row.Instance + (row.Feasible ? string.Empty : " (INFEASIBLE)"),
        row.BestKnown?.ToString(CultureInfo.InvariantCulture) ?? "–",
        row.Ours.ToString(CultureInfo.InvariantCulture),
        row.GapPercent?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–",
        row.SecondsToBest.ToString("0.00", CultureInfo.InvariantCulture),
    ];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
