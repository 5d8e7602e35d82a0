namespace Microfactory.Copilot.Conversation;

/// <summary>
/// One production of the grammar: every group must have a cue in the question (a group lists alternatives in English and
/// Chinese); a named slot the intent is about adds a little, so "status of SO-1042" is an order and "status of the laser" a
/// machine.
/// </summary>
internal sealed record IntentRule(Intent Intent, IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<string> SlotBonus)
{
    /// <summary>0 when a group is missing; otherwise 10 per group plus 1 per bonus slot filled.</summary>
    public int Score(QuestionText text, QuestionSlots slots)
    {
        if (!Groups.All(g => g.Any(text.Has)))
        {
            return 0;
        }
        var named = slots.ToDictionary();
        return (10 * Groups.Count) + SlotBonus.Count(named.ContainsKey);
    }
}
