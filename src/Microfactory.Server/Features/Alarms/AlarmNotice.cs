namespace Microfactory.Server.Features.Alarms;

/// <summary>One committed change of an alarm: <see cref="Change"/> and the alarm as stored right after it.</summary>
internal sealed record AlarmNotice(AlarmChange Change, StoredAlarm Alarm);
