using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>pin_operation</c>.</summary>
/// <param name="Operation">The operation id ({lineId}.{unit}.{stepId}).</param>
/// <param name="Machine">The machine id to pin it on.</param>
/// <param name="Start">The start, ISO 8601 with offset.</param>
public sealed record PinArguments(
    [property: Description("The operation id ({lineId}.{unit}.{stepId}).")] string Operation,
    [property: Description("The machine id (mch_...) to pin it on.")] string Machine,
    [property: Description("The start, ISO 8601 with offset.")] DateTimeOffset Start);
