namespace Microfactory.Copilot.Retrieval;

/// <summary>
/// A light English suffix stripper for search terms, so "warped", "warping" and "warp" or "changes" and "change" meet in
/// the index: plural -s/-es/-ies, -ed and -ing (with a doubled final consonant undone) and a final -e. Deliberately
/// smaller than Porter's: it only has to make a question's word and a manual's word agree, and never touches short
/// words, words with digits or Chinese.
/// </summary>
public static class EnglishStem
{
    /// <summary>The stem of a lower-case term.</summary>
    /// <param name="term">A term of <see cref="TextTokens.Of"/>.</param>
    /// <returns>The stem (the term itself when it is short, has digits or is not Latin letters).</returns>
    public static string Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length < 4 || !term.All(c => c is >= 'a' and <= 'z'))
        {
            return term;
        }
        var w = term;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        foreach (var suffix in (string[])["ing", "ed"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3 && w[..^suffix.Length].Any(IsVowel))
            {
                w = w[..^suffix.Length];
                if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1]) && w[^1] is not ('l' or 's' or 'z'))
                {
                    w = w[..^1];
                }
                break;
            }
        }
        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
