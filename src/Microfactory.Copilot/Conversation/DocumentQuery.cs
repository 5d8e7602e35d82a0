using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Conversation;

/// <summary>
/// The search words of a question about the documents: the question without its function words and without the words
/// that only say "look in the manual", so "what does the manual say about forklifts" searches for "forklifts" alone and
/// finds nothing rather than whatever mentions "the".
/// </summary>
internal static class DocumentQuery
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "with", "about", "and", "or", "is", "are", "was", "be", "it", "its",
        "i", "we", "you", "my", "our", "do", "does", "did", "can", "should", "what", "how", "which", "where", "when", "why", "who",
        "say", "says", "tell", "me", "show", "find", "manual", "manuals", "document", "documents", "doc", "docs", "sop", "procedure", "instruction", "instructions",
    };

    private static readonly string[] ChineseFiller = ["為什麼", "如何", "怎麼", "什麼", "哪裡", "手冊", "文件", "說明", "請問", "關於", "步驟", "的", "嗎", "呢"];

    public static string From(string question)
    {
        var text = ChineseFiller.Aggregate(question, (t, filler) => t.Replace(filler, " ", StringComparison.Ordinal));
        return string.Join(' ', Words(text));
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) && !TextTokens.IsHan(c) || TextTokens.IsHan(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0 && !Filler.Contains(word.ToString().ToLowerInvariant()))
            {
                yield return word.ToString();
            }
            word.Clear();
        }
    }
}
