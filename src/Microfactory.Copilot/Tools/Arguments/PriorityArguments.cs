using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>change_priority</c>.</summary>
/// <param name="Order">The order number or id.</param>
/// <param name="Priority">The new priority, -10 to 10 as in the order API.</param>
public sealed record PriorityArguments(
    [property: Description("The order number (SO-1042) or id.")] string Order,
    [property: Description("The new priority, -10 to 10 as in the order API.")] int Priority);
