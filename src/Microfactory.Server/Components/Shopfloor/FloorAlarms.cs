using System.Text.Json;
using Microfactory.Core.Machines;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Alarms;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>The dashboard's alarms through <see cref="AlarmService"/>: the factory's open ones, then the acknowledged ones still true, newest first.</summary>
internal sealed class FloorAlarms(AlarmService alarms)
{
    /// <summary>Most alarms of each state the dashboard lists.</summary>
    public const int MaxListed = 50;

    public async Task<IReadOnlyList<FloorAlarm>> ActiveAsync(string factoryId, IReadOnlyList<Machine> machines, CancellationToken cancellationToken)
    {
        var names = machines.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var list = new List<FloorAlarm>();
        foreach (var state in new[] { "open", "acknowledged" })
        {
            var page = await alarms.ListAsync(factoryId, null, state, 1, MaxListed, cancellationToken);
            if (page.Outcome == ServiceOutcome.Ok && page.Value is { } found)
            {
                list.AddRange(found.Items.Select(a => Of(a, names)));
            }
        }
        return list;
    }

    private static FloorAlarm Of(StoredAlarm alarm, Dictionary<string, string> names)
    {
        var name = names.GetValueOrDefault(alarm.MachineId, alarm.MachineId);
        return new FloorAlarm(alarm.Id, JsonNamingPolicy.CamelCase.ConvertName(alarm.Kind.ToString()), JsonNamingPolicy.CamelCase.ConvertName(alarm.Severity.ToString()),
            JsonNamingPolicy.CamelCase.ConvertName(alarm.State.ToString()), alarm.MachineId, name, alarm.Message.Replace(alarm.MachineId, name, StringComparison.Ordinal), alarm.RaisedAt, alarm.AcknowledgedAt);
    }
}
