using Microfactory.Copilot.Conversation;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Evaluation;

/// <summary>
/// What an evaluation checks of one answer, whichever engine or path gave it: the text, and where the engine reports
/// them, the kind of answer, the kinds of record cited, the intent and the slots.
/// </summary>
/// <param name="Text">The answer's text.</param>
/// <param name="Kind">The kind of answer (Answer, NoData, NotAllowed, Clarify, Proposal, Draft), or null when unknown.</param>
/// <param name="CitationKinds">The kinds of record cited, or null when the engine cites only in its text.</param>
/// <param name="Intent">The recognised intent, or null when the engine does not say.</param>
/// <param name="Slots">The filled slots, or null when the engine does not say.</param>
public sealed record EvaluatedAnswer(
    string Text, string? Kind = null, IReadOnlyList<string>? CitationKinds = null, string? Intent = null, IReadOnlyDictionary<string, string>? Slots = null)
{
    /// <summary>From a chat response: everything when it is the offline engine's, the text alone otherwise.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The answer to check.</returns>
    public static EvaluatedAnswer From(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.RawRepresentation is CopilotAnswer answer
            ? new EvaluatedAnswer(response.Text, answer.Kind.ToString(), [.. answer.Citations.Select(c => c.Kind)], answer.Question.Intent.ToString(), answer.Question.Slots.ToDictionary())
            : new EvaluatedAnswer(response.Text);
    }
}
