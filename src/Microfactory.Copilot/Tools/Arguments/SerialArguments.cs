using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of the tools about one produced unit.</summary>
/// <param name="Serial">The unit's serial.</param>
public sealed record SerialArguments([property: Description("The unit's serial number.")] string Serial);
