namespace Microfactory.Server.Features.Copilot;

/// <summary>The Markdown pipe tables of an answer (a header row, a |---| separator, rows), for clients that draw tables.</summary>
internal static class CopilotTables
{
    /// <summary>At most this many tables and rows per table are returned; an answer is a chat message, not a report.</summary>
    public const int MaxTables = 5;
    public const int MaxRows = 200;

    public static IReadOnlyList<CopilotTable> Find(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.Trim()).ToArray();
        var tables = new List<CopilotTable>();
        for (var i = 0; i + 1 < lines.Length && tables.Count < MaxTables; i++)
        {
            if (!IsRow(lines[i]) || !IsSeparator(lines[i + 1]))
            {
                continue;
            }
            var header = Cells(lines[i]);
            var rows = new List<IReadOnlyList<string>>();
            var j = i + 2;
            for (; j < lines.Length && IsRow(lines[j]) && rows.Count < MaxRows; j++)
            {
                var cells = Cells(lines[j]);
                rows.Add([.. Enumerable.Range(0, header.Count).Select(c => c < cells.Count ? cells[c] : "")]);
            }
            tables.Add(new CopilotTable(header, rows));
            i = j - 1;
        }
        return tables;
    }

    private static bool IsRow(string line) => line.Length > 1 && line[0] == '|' && line[^1] == '|';

    private static bool IsSeparator(string line) =>
        IsRow(line) && Cells(line) is { Count: > 0 } cells && cells.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));

    private static List<string> Cells(string line) => [.. line[1..^1].Split('|').Select(c => c.Trim())];
}
