using System.Text;
using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Conversation;

/// <summary>
/// Two views of a question for matching: <see cref="Lower"/> (lower case, full-width forms folded, for Chinese cues, which
/// match anywhere) and <see cref="Words"/> (letters and digits only, space-separated and padded, for English cues, which match
/// at the start of a word so "late" finds "lateness" but not "plate").
/// </summary>
internal sealed class QuestionText
{
    public QuestionText(string text)
    {
        Original = text;
        Lower = Fold(text).ToLowerInvariant();
        var words = new StringBuilder(" ");
        foreach (var c in Lower)
        {
            words.Append(char.IsLetterOrDigit(c) && !TextTokens.IsHan(c) ? c : ' ');
        }
        Words = System.Text.RegularExpressions.Regex.Replace(words.Append(' ').ToString(), " {2,}", " ");
        Language = text.Any(TextTokens.IsHan) ? AnswerLanguage.TraditionalChinese : AnswerLanguage.English;
    }

    public string Original { get; }

    public string Lower { get; }

    public string Words { get; }

    public AnswerLanguage Language { get; }

    /// <summary>
    /// Whether a cue occurs: Han cues anywhere, others at a word start (several words must follow each other). A Han cue
    /// with "…" between its parts needs them in that order with anything between ("記錄…停機").
    /// </summary>
    public bool Has(string cue)
    {
        if (!cue.Any(TextTokens.IsHan))
        {
            return Words.Contains(" " + cue, StringComparison.Ordinal);
        }
        var at = 0;
        foreach (var part in cue.Split('…'))
        {
            var found = Lower.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            at = found + part.Length;
        }
        return true;
    }

    /// <summary>Full-width ASCII (ＯＥＥ, ？, ：) to its half-width form, so Chinese input methods' letters match too.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return folded.ToString();
    }
}
