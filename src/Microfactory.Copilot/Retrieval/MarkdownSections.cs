using System.Text;

namespace Microfactory.Copilot.Retrieval;

/// <summary>Splits Markdown into sections at its ATX headings (<c>#</c> to <c>######</c>), outside fenced code.</summary>
public static class MarkdownSections
{
    /// <summary>The document's sections in order; text before the first heading is a section under the document's title.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The sections with any text (a heading with nothing under it still counts: its words are in the path).</returns>
    public static IReadOnlyList<DocumentSection> Split(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines.Select(Heading).FirstOrDefault(h => h is { Level: 1 })?.Text ?? document.Title;
        var sections = new List<DocumentSection>();
        var path = new List<(int Level, string Text)>();
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = new StringBuilder();
        string? anchor = null;
        var fenced = false;

        void Flush()
        {
            var text = body.ToString().Trim();
            if (anchor is not null || text.Length > 0)
            {
                var heading = path.Count == 0 ? title : string.Join(" › ", path.Select(p => p.Text));
                var id = anchor ?? "top";
                sections.Add(new DocumentSection(document.Id, title, id, heading, text, $"{document.Link}#{id}"));
            }
            body.Clear();
        }

        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            if (!fenced && Heading(line) is { } heading)
            {
                Flush();
                path.RemoveAll(p => p.Level >= heading.Level);
                path.Add(heading);
                anchor = Unique(Slug(heading.Text), anchors);
                continue;
            }
            body.Append(line).Append('\n');
        }
        Flush();
        return sections;
    }

    private static (int Level, string Text)? Heading(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }
        if (level is 0 or > 6 || level >= line.Length || line[level] != ' ')
        {
            return null;
        }
        var text = line[level..].Trim().TrimEnd('#').Trim();
        return text.Length == 0 ? null : (level, text);
    }

    /// <summary>GitHub's anchor rule: lower case, letters, digits, hyphens and underscores kept, spaces to hyphens.</summary>
    internal static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }
        return slug.Length == 0 ? "section" : slug.ToString();
    }

    private static string Unique(string slug, Dictionary<string, int> seen)
    {
        if (!seen.TryGetValue(slug, out var count))
        {
            seen[slug] = 1;
            return slug;
        }
        seen[slug] = count + 1;
        return $"{slug}-{count}";
    }
}
