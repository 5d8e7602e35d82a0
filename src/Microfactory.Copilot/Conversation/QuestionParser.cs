namespace Microfactory.Copilot.Conversation;

/// <summary>Reads a question against the grammar and the catalogue, with the previous turn for follow-ups.</summary>
public static class QuestionParser
{
    private static readonly string[] FollowUpCues =
        ["it", "its", "that one", "this one", "that machine", "this machine", "same", "and", "what about", "how about",
         "它", "這台", "那台", "這個", "那個", "該機", "同一", "那麼", "還有", "那"];

    /// <summary>Parses one question.</summary>
    /// <param name="text">The question.</param>
    /// <param name="catalogue">The platform's names and ids.</param>
    /// <param name="previous">The previous turn of the conversation, if any.</param>
    /// <returns>The parsed question.</returns>
    public static ParsedQuestion Parse(string text, PlantCatalogue catalogue, ParsedQuestion? previous = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogue);
        var question = new QuestionText(text);
        var slots = SlotFiller.Fill(question, catalogue);
        var (intent, _) = IntentGrammar.Recognise(question, slots);
        var followUp = false;
        if (previous is { Intent: not Intent.Unknown } && intent == Intent.Unknown && slots.NamesSomething)
        {
            // "and the press brake?", "那昨天呢？": the previous question again, with what this one names.
            (intent, slots, followUp) = (previous.Intent, slots.Over(previous.Slots), true);
        }
        else if (previous is { Intent: not Intent.Unknown } && intent != Intent.Unknown && FollowUpCues.Any(c => StartsOrRefers(question, c)))
        {
            // "and its alarms?": a new question about the same records.
            var carried = new QuestionSlots(previous.Slots.Order, previous.Slots.Machine, previous.Slots.Template, previous.Slots.Serial, Alarm: previous.Slots.Alarm);
            (slots, followUp) = (slots.Over(carried), true);
        }
        if (intent == Intent.Unknown && !followUp)
        {
            // A bare name ("SO-1042", "the laser"): the question people mean by naming a record alone.
            intent = slots.Order is not null ? Intent.OrderStatus
                : slots.Serial is not null ? Intent.Passport
                : slots.Machine is not null ? Intent.MachineState
                : slots.Template is not null ? Intent.Templates
                : Intent.Unknown;
        }
        if (intent == Intent.ListOrders && slots.Order is not null)
        {
            intent = Intent.OrderStatus;
        }
        return new ParsedQuestion(text, question.Language, intent, Keep(intent, slots), followUp);
    }

    /// <summary>"and …" and "那…" count at the start only; pronouns anywhere.</summary>
    private static bool StartsOrRefers(QuestionText text, string cue) =>
        cue is "and" or "what about" or "how about" or "那麼" or "還有" or "那"
            ? text.Words.StartsWith(" " + cue + " ", StringComparison.Ordinal) || text.Lower.TrimStart().StartsWith(cue, StringComparison.Ordinal) && Retrieval.TextTokens.IsHan(cue[0])
            : text.Has(cue) && (Retrieval.TextTokens.IsHan(cue[0]) || text.Words.Contains(" " + cue + " ", StringComparison.Ordinal));

    /// <summary>Slots only the intents that use them keep, so a "late" in a question about a late order is no list filter.</summary>
    private static QuestionSlots Keep(Intent intent, QuestionSlots slots) => slots with
    {
        OrderFilter = intent == Intent.ListOrders ? slots.OrderFilter : null,
        Priority = intent == Intent.ChangePriority ? slots.Priority : null,
        From = intent is Intent.RecordDowntime or Intent.PinOperation ? slots.From : null,
        To = intent == Intent.RecordDowntime ? slots.To : null,
        Reason = intent == Intent.RecordDowntime ? slots.Reason : null,
        Operation = intent == Intent.PinOperation ? slots.Operation : null,
    };
}
