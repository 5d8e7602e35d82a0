using System.ComponentModel;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>list_orders</c>.</summary>
/// <param name="Filter">Which orders: Open (default), Late or All.</param>
public sealed record OrderListArguments([property: Description("Which orders: Open (default), Late or All.")] OrderFilter Filter = OrderFilter.Open);
