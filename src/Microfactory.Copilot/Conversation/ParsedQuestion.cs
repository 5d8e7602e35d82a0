namespace Microfactory.Copilot.Conversation;

/// <summary>A question as the grammar read it.</summary>
/// <param name="Text">The question.</param>
/// <param name="Language">Its language.</param>
/// <param name="Intent">What it asks.</param>
/// <param name="Slots">The values it names, with those carried from the previous turn when it is a follow-up.</param>
/// <param name="IsFollowUp">Whether it reuses the previous turn's intent or slots ("and the press brake?").</param>
public sealed record ParsedQuestion(string Text, AnswerLanguage Language, Intent Intent, QuestionSlots Slots, bool IsFollowUp);
