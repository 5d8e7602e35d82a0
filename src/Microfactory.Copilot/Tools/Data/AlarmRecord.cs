namespace Microfactory.Copilot.Tools.Data;

/// <summary>An alarm the platform raised.</summary>
/// <param name="Id">The alarm id (<c>alm_…</c>).</param>
/// <param name="MachineId">The machine it concerns.</param>
/// <param name="MachineName">The machine's name.</param>
/// <param name="Kind">machine-down, overrun or energy-band.</param>
/// <param name="State">open, acknowledged or cleared.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="Message">What it says.</param>
/// <param name="Link">Its page.</param>
public sealed record AlarmRecord(string Id, string MachineId, string MachineName, string Kind, string State, DateTimeOffset RaisedAt, string Message, string Link)
{
    /// <summary>The alarm as a citation.</summary>
    public Citation Cite() => new("alarm", Id, Message, Link);
}
