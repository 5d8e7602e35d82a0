using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Conversation;

/// <summary>The offline engine's answer: the text people read, and what it was made from.</summary>
/// <param name="Question">The question as parsed.</param>
/// <param name="Kind">What kind of answer it is.</param>
/// <param name="Text">The answer, in the question's language, with its sources listed at the end.</param>
/// <param name="Citations">Every record the answer used.</param>
/// <param name="Proposal">The action waiting for confirmation, for <see cref="AnswerKind.Proposal"/>.</param>
/// <param name="Draft">The draft to review, for <see cref="AnswerKind.Draft"/>.</param>
public sealed record CopilotAnswer(
    ParsedQuestion Question, AnswerKind Kind, string Text, IReadOnlyList<Citation> Citations, ActionProposal? Proposal = null, Draft? Draft = null);
