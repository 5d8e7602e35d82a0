using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Replanning;

/// <summary>
/// Repairs a plan after an event. Frozen work (started or pinned) becomes fixed blocks: an
/// unavailability window on its machine and a release for the rest of its job. The remaining
/// operations keep their previous machines and order where they still can (a valid schedule
/// in one pass), and the solver then improves them from there while time allows.
/// </summary>
public static class Replanner
{
    /// <summary>The repaired plan without search: previous order kept, new work appended. Takes microseconds to milliseconds.</summary>
    public static ReplanResult Repair(ReplanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reduction = Reduction.Create(request);
        var state = reduction.InitialState();
        return Finish(request, reduction, state.ToSchedule());
    }

    /// <summary>
    /// Repairs, then searches within <paramref name="options"/> (time limit, objective, seed).
    /// The first progress report is the repaired plan, so a valid plan is available at once.
    /// Stability is measured against <see cref="ReplanRequest.Current"/>; give the objective a
    /// <see cref="ObjectiveTerm.Stability"/> weight to make the search value it.
    /// </summary>
    public static ReplanResult Replan(ReplanRequest request, SolverOptions options, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var reduction = Reduction.Create(request);
        var initial = reduction.InitialState();
        var solved = Solver.Run(reduction.Data, initial, options with { StabilityReference = reduction.Reference }, progress, cancellationToken);
        return Finish(request, reduction, solved.Schedule);
    }

    private static ReplanResult Finish(ReplanRequest request, Reduction reduction, Schedule reduced)
    {
        var schedule = reduction.Expand(reduced);
        return new ReplanResult(schedule, ObjectiveEvaluator.Evaluate(request.Instance, schedule, request.Current), reduction.FrozenCount);
    }
}
