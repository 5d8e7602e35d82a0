using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>record_downtime</c>.</summary>
/// <param name="Machine">The machine id.</param>
/// <param name="From">Start, ISO 8601 with offset.</param>
/// <param name="To">End, after <paramref name="From"/>.</param>
/// <param name="Reason">Why.</param>
public sealed record DowntimeArguments(
    [property: Description("The machine id (mch_...).")] string Machine,
    [property: Description("Start, ISO 8601 with offset.")] DateTimeOffset From,
    [property: Description("End, ISO 8601 with offset, after from.")] DateTimeOffset To,
    [property: Description("Why the machine is down.")] string Reason);
