using Microfactory.Planning.Model;

namespace Microfactory.Server.Features.Plans;

/// <summary>The scheduler's job for one unit of a design: <see cref="StepIds"/>[o] is the routing step of operation o.</summary>
internal sealed record UnitJob(Job Job, IReadOnlyList<string> StepIds);
