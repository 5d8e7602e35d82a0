namespace Microfactory.Shopfloor.Alarms;

/// <summary>An operation was paused during [<paramref name="From"/>, <paramref name="To"/>); <paramref name="To"/> is null while the pause goes on.</summary>
public sealed record OperationPause(DateTimeOffset From, DateTimeOffset? To);
