namespace Microfactory.Copilot.Conversation;

/// <summary>The language of a question, and so of its answer.</summary>
public enum AnswerLanguage
{
    /// <summary>English.</summary>
    English,

    /// <summary>Traditional Chinese (繁體中文).</summary>
    TraditionalChinese,
}
