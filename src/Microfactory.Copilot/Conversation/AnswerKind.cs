namespace Microfactory.Copilot.Conversation;

/// <summary>What kind of answer the copilot gave.</summary>
public enum AnswerKind
{
    /// <summary>An answer from the platform's data.</summary>
    Answer,

    /// <summary>The data holds no answer (or none the user may see); the answer says so.</summary>
    NoData,

    /// <summary>The user's role may not ask this.</summary>
    NotAllowed,

    /// <summary>Something needed is missing (which order?); the answer asks for it.</summary>
    Clarify,

    /// <summary>The question is outside the grammar.</summary>
    NotUnderstood,

    /// <summary>An action waits for the user's confirmation.</summary>
    Proposal,

    /// <summary>A draft (SOP, maintenance guidance, root-cause hint) for a person to accept.</summary>
    Draft,
}
