using System.Text;
using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Drafting;

/// <summary>The common frame of drafts: the draft banner, headings, and the sources at the end.</summary>
internal sealed class DraftText(AnswerLanguage language, string title, TimeZoneInfo? zone = null)
{
    private readonly StringBuilder _text = new();
    private readonly List<Citation> _citations = [];

    public string Title { get; } = (language == AnswerLanguage.TraditionalChinese ? "草稿：" : "DRAFT: ") + title;

    public string T(string english, string chinese) => language == AnswerLanguage.TraditionalChinese ? chinese : english;

    /// <summary>A time in the factory's zone when one is given (records come in UTC).</summary>
    public string Time(DateTimeOffset? at) => Conversation.Answers.Say.Time(at is { } t && zone is not null ? TimeZoneInfo.ConvertTime(t, zone) : at);

    public void Heading(string text) => _text.Append("\n## ").Append(text).Append('\n');

    public void Line(string text) => _text.Append(text).Append('\n');

    public void Cite(Citation citation)
    {
        if (!_citations.Contains(citation))
        {
            _citations.Add(citation);
        }
    }

    public Draft Finish(DraftKind kind)
    {
        var text = new StringBuilder("# ").Append(Title).Append('\n');
        text.Append("> ").Append(T("Draft — generated from the platform's records; review and accept before use.", "草稿——由平台紀錄產生；使用前請審閱並確認。")).Append('\n');
        text.Append(_text);
        if (_citations.Count > 0)
        {
            text.Append("\n## ").Append(T("Sources", "來源")).Append('\n');
            foreach (var c in _citations)
            {
                text.Append("- [").Append(c.Title).Append("](").Append(c.Link).Append(")\n");
            }
        }
        return new Draft(kind, Title, text.ToString(), [.. _citations]);
    }
}
