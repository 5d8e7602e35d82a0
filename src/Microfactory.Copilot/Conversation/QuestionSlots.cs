using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation;

/// <summary>The values a question names. Null where it names none.</summary>
/// <param name="Order">An order number or id.</param>
/// <param name="Machine">A machine id.</param>
/// <param name="Template">A template id.</param>
/// <param name="Serial">A unit serial.</param>
/// <param name="Period">A period.</param>
/// <param name="Alarm">An alarm id.</param>
/// <param name="Operation">An operation id.</param>
/// <param name="Priority">A priority value.</param>
/// <param name="From">A start time.</param>
/// <param name="To">An end time.</param>
/// <param name="Reason">A reason given for an action.</param>
/// <param name="OrderFilter">Which orders, for lists.</param>
public sealed record QuestionSlots(
    string? Order = null, string? Machine = null, string? Template = null, string? Serial = null, Period? Period = null, string? Alarm = null,
    string? Operation = null, int? Priority = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Reason = null,
    OrderFilter? OrderFilter = null)
{
    /// <summary>No slots.</summary>
    public static QuestionSlots None { get; } = new();

    /// <summary>Whether any slot that names a record or a period is filled (what a follow-up like "and the press brake?" has).</summary>
    public bool NamesSomething => Order is not null || Machine is not null || Template is not null || Serial is not null || Period is not null || Alarm is not null;

    /// <summary>These slots over <paramref name="previous"/>: a slot filled here wins, the others come from before.</summary>
    /// <param name="previous">The previous turn's slots.</param>
    /// <returns>The merged slots.</returns>
    public QuestionSlots Over(QuestionSlots previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return new(Order ?? previous.Order, Machine ?? previous.Machine, Template ?? previous.Template, Serial ?? previous.Serial,
            Period ?? previous.Period, Alarm ?? previous.Alarm, Operation ?? previous.Operation, Priority ?? previous.Priority,
            From ?? previous.From, To ?? previous.To, Reason ?? previous.Reason, OrderFilter ?? previous.OrderFilter);
    }

    /// <summary>The filled slots by name (camelCase), values as text: what evaluation sets compare.</summary>
    /// <returns>The slots.</returns>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var slots = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                slots[name] = value is DateTimeOffset t ? t.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }
        Add("order", Order);
        Add("machine", Machine);
        Add("template", Template);
        Add("serial", Serial);
        Add("period", Period);
        Add("alarm", Alarm);
        Add("operation", Operation);
        Add("priority", Priority);
        Add("from", From);
        Add("to", To);
        Add("reason", Reason);
        Add("orderFilter", OrderFilter);
        return slots;
    }
}
