namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// Microfactory:Copilot. Without <see cref="Endpoint"/> the built-in offline engine answers (no network). With Endpoint,
/// <see cref="Model"/> and <see cref="ApiKey"/> an OpenAI-compatible chat-completions service answers, calling the same
/// tools as the asking user.
/// </summary>
internal sealed class CopilotOptions
{
    public const string Section = "Microfactory:Copilot";

    /// <summary>Base URL of an OpenAI-compatible API (for example https://api.openai.com/v1); null for the offline engine.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model to ask (for example gpt-4.1-mini).</summary>
    public string? Model { get; set; }

    /// <summary>The API key sent to <see cref="Endpoint"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The factory questions are about; when null, the factory with the most machines.</summary>
    public string? FactoryId { get; set; }

    /// <summary>Questions per user and minute; more answer 429.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>Turns (question and answer) a conversation keeps for follow-ups; older ones are dropped.</summary>
    public int MaxTurns { get; set; } = 10;

    /// <summary>A conversation (and its proposals and drafts) is forgotten this long after its last message.</summary>
    public TimeSpan ConversationIdle { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Conversations kept per user; starting one more forgets the oldest.</summary>
    public int MaxConversationsPerUser { get; set; } = 20;

    /// <summary>Tool-call rounds a model may make for one question.</summary>
    public int MaxToolRounds { get; set; } = 6;

    public bool UsesModel => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>Names the first setting that is wrong, or null.</summary>
    public string? Problem()
    {
        if (UsesModel)
        {
            if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return $"{Section}:Endpoint must be an absolute http or https URL.";
            }
            if (string.IsNullOrWhiteSpace(Model))
            {
                return $"{Section}:Model is required with {Section}:Endpoint.";
            }
            if (string.IsNullOrWhiteSpace(ApiKey))
            {
                return $"{Section}:ApiKey is required with {Section}:Endpoint.";
            }
        }
        return MessagesPerMinute < 1 ? $"{Section}:MessagesPerMinute must be at least 1."
            : MaxTurns < 1 ? $"{Section}:MaxTurns must be at least 1."
            : ConversationIdle <= TimeSpan.Zero ? $"{Section}:ConversationIdle must be positive."
            : MaxConversationsPerUser < 1 ? $"{Section}:MaxConversationsPerUser must be at least 1."
            : MaxToolRounds < 1 ? $"{Section}:MaxToolRounds must be at least 1." : null;
    }
}
