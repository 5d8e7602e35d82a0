using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Plans;

/// <summary>
/// A Gantt chart of a plan for the terminal: one row per machine, one character per time slice of the window. Work
/// shows as its order's letter (and, where colour is allowed, the order's colour); the letter is upper case, and red,
/// when the operation ends after its order is due. <c>·</c> is time the machine cannot work (outside its shifts, or
/// down); a blank is idle working time. The heading marks days and hours in the factory's zone. When several
/// operations share a slice, the one that fills most of it is drawn.
/// </summary>
internal static class TextGantt
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly Color[] Palette =
    [
        Color.DodgerBlue1, Color.Green3, Color.Gold1, Color.MediumPurple1, Color.Turquoise2, Color.Orange1, Color.HotPink, Color.SpringGreen2,
        Color.SkyBlue1, Color.Khaki1, Color.Plum1, Color.Aquamarine1,
    ];

    /// <summary>The letter that stands for each order, in order of first appearance on the chart.</summary>
    public static IReadOnlyDictionary<string, char> Symbols(IEnumerable<GanttBar> bars)
    {
        var symbols = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var bar in bars.OrderBy(b => b.Start).ThenBy(b => b.MachineId, StringComparer.Ordinal))
        {
            if (!symbols.ContainsKey(bar.OrderId))
            {
                symbols[bar.OrderId] = Letters[symbols.Count % Letters.Length];
            }
        }
        return symbols;
    }

    /// <summary>The chart as Markup lines (heading, one line per row, scale), <paramref name="width"/> characters wide.</summary>
    public static IReadOnlyList<string> Render(IReadOnlyList<GanttRow> rows, IReadOnlyList<GanttBar> bars, DateTimeOffset from, DateTimeOffset to, FactoryClock clock, int width)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(clock);
        var labelWidth = Math.Min(24, rows.Count == 0 ? 8 : rows.Max(r => r.Label.Length)) + 1;
        var cells = Math.Max(10, width - labelWidth - 1);
        var slice = (to - from) / cells;
        var inWindow = bars.Where(b => b.End > from && b.Start < to).ToList();
        var symbols = Symbols(inWindow);
        var colours = symbols.Keys.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => Palette[p.i % Palette.Length], StringComparer.Ordinal);
        var lines = new List<string>();
        var (days, hours) = Heading(from, slice, cells, clock);
        lines.Add(new string(' ', labelWidth) + Markup.Escape(days));
        lines.Add(new string(' ', labelWidth) + Markup.Escape(hours));
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            line.Append(Markup.Escape(Fit(row.Label, labelWidth - 1))).Append(' ');
            var onMachine = inWindow.Where(b => b.MachineId == row.MachineId).OrderBy(b => b.Start).ToList();
            string? style = null;
            var run = new StringBuilder();
            var next = 0;
            for (var i = 0; i < cells; i++)
            {
                var start = from + (slice * i);
                var end = start + slice;
                while (next < onMachine.Count && onMachine[next].End <= start)
                {
                    next++;
                }
                GanttBar? best = null;
                var bestOverlap = TimeSpan.Zero;
                for (var k = next; k < onMachine.Count && onMachine[k].Start < end; k++)
                {
                    var bar = onMachine[k];
                    var overlap = (bar.End < end ? bar.End : end) - (bar.Start > start ? bar.Start : start);
                    if (overlap > bestOverlap)
                    {
                        (best, bestOverlap) = (bar, overlap);
                    }
                }
                var (symbol, cellStyle) = best is not null
                    ? (best.Late ? char.ToUpperInvariant(symbols[best.OrderId]) : symbols[best.OrderId], best.Late ? "bold white on red" : $"black on {colours[best.OrderId].ToMarkup()}")
                    : row.Available(start + (slice / 2)) ? (' ', "default") : ('·', "grey");
                if (cellStyle != style && run.Length > 0)
                {
                    Flush(line, run, style);
                }
                style = cellStyle;
                run.Append(symbol);
            }
            Flush(line, run, style);
            lines.Add(line.ToString());
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{new string(' ', labelWidth)}one column = {Duration(slice)}; times in {clock.ZoneId}; · = machine not working (outside its shifts, or down)"));
        lines.Add($"{new string(' ', labelWidth)}a letter = an order (see the table below); UPPER CASE = the operation ends after its order is due");
        return lines;
    }

    private static void Flush(StringBuilder line, StringBuilder run, string? style)
    {
        var text = Markup.Escape(run.ToString());
        line.Append(style is null or "default" ? text : $"[{style}]{text}[/]");
        run.Clear();
    }

    /// <summary>Two heading lines: the day (at each local midnight and at the start) and hour ticks spaced so that labels fit.</summary>
    private static (string Days, string Hours) Heading(DateTimeOffset from, TimeSpan slice, int cells, FactoryClock clock)
    {
        var days = new char[cells];
        var hours = new char[cells];
        Array.Fill(days, ' ');
        Array.Fill(hours, ' ');
        var stepHours = new[] { 1, 2, 3, 6, 12, 24 }.FirstOrDefault(h => TimeSpan.FromHours(h) / slice >= 3, 24);
        var previousDate = DateOnly.MinValue;
        var previousHour = -1;
        var dayFreeFrom = 0;
        var hourFreeFrom = 0;
        for (var i = 0; i < cells; i++)
        {
            var local = clock.Local(from + (slice * i));
            var date = DateOnly.FromDateTime(local.DateTime);
            if (date != previousDate)
            {
                if (i >= dayFreeFrom)
                {
                    dayFreeFrom = Put(days, i, "|" + local.ToString("ddd dd MMM", CultureInfo.InvariantCulture)) + 1;
                }
                previousDate = date;
            }
            var tick = local.Hour - (local.Hour % stepHours);
            if (tick != previousHour)
            {
                if (i >= hourFreeFrom && (local.Hour % stepHours == 0 || i == 0))
                {
                    hourFreeFrom = Put(hours, i, local.ToString("HH", CultureInfo.InvariantCulture)) + 1;
                }
                previousHour = tick;
            }
        }
        return (new string(days).TrimEnd(), new string(hours).TrimEnd());
    }

    /// <summary>Writes <paramref name="text"/> at <paramref name="at"/> as far as it fits; returns the index after it.</summary>
    private static int Put(char[] into, int at, string text)
    {
        var length = Math.Min(text.Length, into.Length - at);
        text.AsSpan(0, length).CopyTo(into.AsSpan(at));
        return at + length;
    }

    private static string Fit(string label, int width) => label.Length <= width ? label.PadRight(width) : label[..(width - 1)] + "…";

    private static string Duration(TimeSpan span) => span.TotalMinutes < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.##} h");
}
