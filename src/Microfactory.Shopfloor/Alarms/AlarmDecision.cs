namespace Microfactory.Shopfloor.Alarms;

/// <summary>What to persist: alarms to insert (<paramref name="Raise"/>, by <see cref="Alarm.Key"/>) and open alarms to close (<paramref name="Clear"/>), each ordered by key.</summary>
public sealed record AlarmDecision(IReadOnlyList<Alarm> Raise, IReadOnlyList<AlarmClearance> Clear);
