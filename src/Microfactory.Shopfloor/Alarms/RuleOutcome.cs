namespace Microfactory.Shopfloor.Alarms;

/// <summary>What one rule concluded about one condition.</summary>
internal enum RuleStatus
{
    /// <summary>The condition holds: <see cref="RuleOutcome.Candidate"/> is the alarm to have open.</summary>
    Active,

    /// <summary>The condition does not hold: clear any open alarm for it.</summary>
    Inactive,

    /// <summary>Not enough data to tell: leave any open alarm as it is and raise nothing.</summary>
    Unknown,
}

/// <summary>
/// A rule's verdict on one condition. When <see cref="SameEpisodeOnly"/> is set, an open alarm counts as the candidate only
/// with the same key (a machine that went down again is a new episode); otherwise any open alarm for the condition does.
/// </summary>
internal sealed record RuleOutcome(RuleStatus Status, Alarm? Candidate, bool SameEpisodeOnly, DateTimeOffset ClearedAt, string Reason)
{
    public static RuleOutcome Active(Alarm candidate, bool sameEpisodeOnly) => new(RuleStatus.Active, candidate, sameEpisodeOnly, default, string.Empty);

    public static RuleOutcome Inactive(DateTimeOffset clearedAt, string reason) => new(RuleStatus.Inactive, null, false, clearedAt, reason);

    public static RuleOutcome Unknown(string reason) => new(RuleStatus.Unknown, null, false, default, reason);
}
