using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Timing;

/// <summary>A schedule with the same machines and order as before, its operations moved into better hours.</summary>
/// <param name="Schedule">The retimed schedule (the input itself when nothing improved).</param>
/// <param name="Before">Objective terms of the input.</param>
/// <param name="After">Objective terms of <paramref name="Schedule"/>; stability measures the moves against the input.</param>
/// <param name="MovedOperations">How many operations start at another tick.</param>
public sealed record EnergyTimingResult(Schedule Schedule, ObjectiveBreakdown Before, ObjectiveBreakdown After, int MovedOperations);
