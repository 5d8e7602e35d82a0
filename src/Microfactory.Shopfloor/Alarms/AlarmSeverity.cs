namespace Microfactory.Shopfloor.Alarms;

/// <summary>How urgent an alarm is. Wire names are lower case (<c>warning</c>, <c>critical</c>).</summary>
public enum AlarmSeverity
{
    /// <summary>Needs a look soon: an overrun, an unusual energy draw.</summary>
    Warning,

    /// <summary>Production has stopped: a machine is down.</summary>
    Critical,
}
