namespace Microfactory.Server.Features.Plans;

/// <summary>Where an operation of a combined job came from: the unit (index into the list given to <see cref="UnitJobs.Combine"/>), its operation index and routing step.</summary>
internal sealed record CombinedOperation(int Unit, int Operation, string StepId);
