using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of the tools about one order.</summary>
/// <param name="Order">The order number (SO-1042) or id.</param>
public sealed record OrderArguments([property: Description("The order number (for example SO-1042) or id.")] string Order);
