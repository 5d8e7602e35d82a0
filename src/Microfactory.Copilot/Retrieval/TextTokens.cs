using System.Text;

namespace Microfactory.Copilot.Retrieval;

/// <summary>
/// Index and query terms. Latin-script text: lower-case runs of letters and digits. Chinese (Han) text has no spaces, so
/// each run of Han characters gives its overlapping character bigrams (a lone character stands for itself) — the usual
/// dictionary-free way to search Chinese, and one that matches words of any length.
/// </summary>
public static class TextTokens
{
    /// <summary>The terms of a text, in order, with repeats.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms.</returns>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var word = new StringBuilder();
        var han = new StringBuilder();
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                FlushWord(word, terms);
                han.Append(c);
            }
            else
            {
                FlushHan(han, terms);
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    FlushWord(word, terms);
                }
            }
        }
        FlushWord(word, terms);
        FlushHan(han, terms);
        return terms;
    }

    /// <summary>Whether a character is a CJK unified ideograph (basic block, extension A, compatibility).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for Han characters.</returns>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static void FlushWord(StringBuilder word, List<string> terms)
    {
        if (word.Length > 0)
        {
            terms.Add(word.ToString());
            word.Clear();
        }
    }

    private static void FlushHan(StringBuilder han, List<string> terms)
    {
        if (han.Length == 1)
        {
            terms.Add(han.ToString());
        }
        for (var i = 0; i + 1 < han.Length; i++)
        {
            terms.Add(string.Concat(han[i], han[i + 1]));
        }
        han.Clear();
    }
}
