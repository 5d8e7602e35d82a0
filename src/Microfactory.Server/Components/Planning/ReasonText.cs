using System.Text.RegularExpressions;
using Microfactory.Server.Access;
using Microfactory.Server.Components.Shared;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Components.Planning;

/// <summary>
/// A plan version's reason as people read it: the ids in it (orders, operations, machines, users) become order
/// numbers, steps, machine names and user names. Ids it cannot resolve stay as they are.
/// </summary>
internal static partial class ReasonText
{
    public static async Task<string> ReadableAsync(string reason, LivePlanSnapshot snapshot, UserStore users, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in UserId().Matches(reason).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            names[id] = id == Application.Caller.System.UserId ? "the system" : (await users.FindAsync(id, cancellationToken))?.DisplayName ?? id;
        }
        var text = OperationId().Replace(reason, m =>
        {
            var unit = snapshot.Units.FirstOrDefault(u => u.LineId == m.Groups["line"].Value && u.Unit.ToString(System.Globalization.CultureInfo.InvariantCulture) == m.Groups["unit"].Value);
            return unit is null ? m.Value : $"{OrderText.Label(unit.OrderId)} {m.Groups["step"].Value} (unit {unit.Unit})";
        });
        text = OrderId().Replace(text, m => OrderText.Label(m.Value)["Order ".Length..]);
        text = MachineId().Replace(text, m => snapshot.Model.IndexOf(m.Value) is var i and >= 0 ? snapshot.Model.MachineAt(i).Name : m.Value);
        return UserId().Replace(text, m => names.GetValueOrDefault(m.Value, m.Value));
    }

    [GeneratedRegex(@"\b(?<line>oln_[a-z0-9]+)\.(?<unit>\d+)\.(?<step>[A-Za-z0-9_-]+)")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"\bord_[a-z0-9]+\b")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"\bmch_[a-z0-9_]+\b")]
    private static partial Regex MachineId();

    [GeneratedRegex(@"\busr_[a-z0-9]+\b")]
    private static partial Regex UserId();
}
